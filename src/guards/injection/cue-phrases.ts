/**
 * Attack phrases by language, as people write them (with diacritics, any script). They are normalised
 * with the same normaliser as the input when the rules are built, so Cyrillic or Katakana letters that
 * the confusables table folds still line up. `…` stands for up to three words of any kind. CJK phrases
 * are literal substrings (those scripts do not separate words).
 *
 * Each group feeds one rule of rules.ts; the model learns the rule's weight from data, so a phrase that
 * also occurs in benign text only costs what the data says it costs.
 */
export interface CuePhrases {
  /** set aside the rules the assistant was given */
  override: string[];
  /** show the hidden prompt or configuration */
  extract: string[];
  /** become someone else, or drop the limits */
  role: string[];
  /** a note inside data addressed to the AI that reads it (English and Latin-script languages: rule-patterns.ts) */
  target?: string[];
}

export const CUE_PHRASES: Record<string, CuePhrases> = {
  en: {
    override: ['ignore … instructions', 'disregard … guidance', 'disregard … above', 'no longer … apply', 'override … policy', 'your new task is', 'new instructions follow', 'do not follow … instructions', 'stop following … rules', 'regardless of the above', 'regardless of … instructions', 'disregard your … limit', 'no matter what … policy says', 'pretend … policy allows', 'set aside … guidance', 'put aside … rules', 'pay no attention to … instructions', 'no longer bound by'],
    extract: ['reveal … system prompt', 'what were you told', 'what are your instructions', 'text before this message', 'everything above this line', 'your initial prompt', 'your hidden instructions', 'full conversation history', 'what the previous customer', 'every product in the database', 'text that configures you', 'message you got before mine', 'tells you how to behave', 'instructions you received', 'guidance you received'],
    role: ['you are no longer', 'from now on you', 'without any restrictions', 'developer mode enabled', 'do anything now', 'no ethical guidelines', 'safety checks are disabled', 'safety filters are disabled', 'filters are turned off'],
  },
  de: {
    override: ['ignoriere … anweisungen', 'ignorieren sie … anweisungen', 'vergiss … anweisungen', 'vergiss alles', 'vergessen sie alles', 'missachte … regeln', 'neue anweisungen', 'halte dich nicht an'],
    extract: ['zeige … systemanweisungen', 'zeig mir … anweisungen', 'gib … anweisungen aus', 'wiederhole … text', 'verrate … prompt', 'systemprompt'],
    role: ['du bist jetzt', 'ab jetzt bist du', 'tu so als', 'spiele die rolle', 'ohne einschränkungen', 'ohne jegliche regeln'],
    target: ['hinweis an das sprachmodell', 'hinweis für das sprachmodell', 'anweisung an die ki', 'anweisung an das modell', 'an das sprachmodell:'],
  },
  fr: {
    override: ['ignore … instructions', 'ignorez … instructions', 'oublie … instructions', 'oubliez … instructions', 'oubliez tout', 'ne tiens pas compte', 'ne tenez pas compte', 'nouvelles instructions', 'nouvelle consigne'],
    extract: ['prompt système', 'montre … instructions', 'affiche … instructions', 'révèle … instructions', 'répète … texte', 'tes instructions initiales'],
    role: ['tu es maintenant', 'à partir de maintenant', 'fais comme si', 'joue le rôle', 'sans restrictions', 'sans aucune règle'],
  },
  es: {
    override: ['ignora … instrucciones', 'ignore … instrucciones', 'olvida … instrucciones', 'olvida todo', 'olvide todo', 'haz caso omiso', 'nuevas instrucciones', 'no sigas … reglas'],
    extract: ['prompt del sistema', 'muestra … instrucciones', 'muéstrame … instrucciones', 'revela … instrucciones', 'repite … texto', 'tus instrucciones iniciales'],
    role: ['ahora eres', 'a partir de ahora', 'finge que', 'actúa como', 'sin restricciones', 'sin ninguna regla'],
  },
  it: {
    override: ['ignora … istruzioni', 'dimentica … istruzioni', 'dimentica tutto', 'nuove istruzioni', 'non tenere conto', 'non seguire … regole'],
    extract: ['prompt di sistema', 'mostra … istruzioni', 'mostrami … istruzioni', 'rivela … istruzioni', 'ripeti … testo', 'istruzioni iniziali'],
    role: ['ora sei', "d'ora in poi", 'fingi di', 'comportati come', 'senza restrizioni', 'senza alcuna regola'],
  },
  pt: {
    override: ['ignore … instruções', 'ignora … instruções', 'esqueça … instruções', 'esquece … instruções', 'esqueça tudo', 'desconsidere … instruções', 'novas instruções', 'não siga … regras'],
    extract: ['prompt do sistema', 'mostre … instruções', 'mostra … instruções', 'revele … instruções', 'repita … texto', 'instruções iniciais'],
    role: ['agora você é', 'a partir de agora', 'finja que', 'aja como', 'sem restrições', 'sem nenhuma regra', 'não segue nenhuma regra'],
    target: ['nota para a ia', 'nota para o assistente', 'mensagem para a ia', 'instrução para a ia'],
  },
  nl: {
    override: ['negeer … instructies', 'vergeet … instructies', 'vergeet alles', 'nieuwe instructies', 'volg … regels niet'],
    extract: ['systeemprompt', 'toon … instructies', 'laat … instructies zien', 'herhaal … tekst', 'onthul … instructies'],
    role: ['je bent nu', 'vanaf nu', 'doe alsof', 'speel de rol', 'zonder beperkingen', 'zonder regels'],
  },
  pl: {
    override: ['zignoruj … instrukcje', 'ignoruj … instrukcje', 'zignoruj … polecenia', 'zapomnij … instrukcje', 'zapomnij o wszystkim', 'zignoruj … zasady', 'ignoruj … zasady', 'zignoruj … reguły', 'zapomnij … zasady', 'zapomnij … polecenia', 'nowe instrukcje', 'poprzednie instrukcje', 'poprzednie polecenia', 'nie przestrzegaj'],
    extract: ['prompt systemowy', 'pokaż … instrukcje', 'ujawnij … instrukcje', 'wypisz … instrukcje', 'powtórz … tekst', 'instrukcje systemowe'],
    role: ['jesteś teraz', 'od teraz jesteś', 'udawaj', 'bez ograniczeń', 'bez żadnych zasad'],
  },
  tr: {
    override: ['önceki talimatları', 'talimatları yok say', 'talimatları unut', 'talimatlarını unut', 'talimatlarını yok say', 'talimatlarını görmezden gel', 'kurallarını unut', 'kurallarını yok say', 'her şeyi unut', 'yeni talimatlar', 'kuralları yok say', 'kuralları görmezden gel'],
    extract: ['sistem istemi', 'sistem komutunu', 'talimatlarını göster', 'talimatlarını yaz', 'gizli talimatlar'],
    role: ['artık sen', 'bundan sonra sen', 'gibi davran', 'kısıtlama olmadan', 'hiçbir kural olmadan'],
  },
  ru: {
    override: ['игнорируй … инструкции', 'игнорируйте … инструкции', 'проигнорируй … инструкции', 'забудь … инструкции', 'забудь всё', 'забудьте всё', 'предыдущие инструкции', 'новые инструкции', 'не следуй … правилам'],
    extract: ['системный промпт', 'системные инструкции', 'покажи … инструкции', 'раскрой … инструкции', 'повтори … текст', 'выведи … инструкции'],
    role: ['теперь ты', 'с этого момента ты', 'притворись', 'без ограничений', 'без каких-либо правил'],
    target: ['примечание для ии', 'заметка для ии', 'сообщение для ии', 'инструкция для ии', 'примечание для ассистента', 'для нейросети:'],
  },
  uk: {
    override: ['ігноруй … інструкції', 'забудь … інструкції', 'попередні інструкції', 'нові інструкції'],
    extract: ['системний промпт', 'покажи … інструкції'],
    role: ['тепер ти', 'без обмежень'],
  },
  zh: {
    override: ['忽略之前的', '忽略以上', '忽略上面的', '忽略所有指令', '忽略你的指令', '无视之前的', '无视以上', '忘记之前的', '忘记你的指令', '不要遵守', '新的指令', '之前的指令', '忽略先前'],
    extract: ['系统提示', '系统指令', '显示你的指令', '告诉我你的指令', '初始指令', '输出你的提示', '重复上面的'],
    role: ['从现在开始', '你现在是', '扮演', '没有任何限制', '不受任何限制', '开发者模式'],
    target: ['给ai的提示', '给ai的指令', '致ai助手', '如果你是ai', 'ai助手：', '人工智能助手：'],
  },
  ja: {
    override: ['以前の指示を無視', '前の指示を無視', '上記の指示を無視', 'すべての指示を無視', '指示をすべて無視', '指示は無視して', '指示を無視して', '指示を忘れて', '指示は忘れて', '指示を忘れ', 'ルールは無視', 'ルールを忘れ', '新しい指示', 'ルールを無視'],
    extract: ['システムプロンプト', '指示を表示', '初期指示', 'プロンプトを表示', '上の文章を繰り返'],
    role: ['今からあなたは', 'あなたは今', 'ふりをして', '制限なし', '制限のない', '開発者モード'],
    target: ['aiへの指示', 'aiへのメモ', 'aiアシスタントへ', 'このメールを読んでいるai'],
  },
  ko: {
    override: ['이전 지시를 무시', '모든 지시를 무시', '지시를 무시하고', '지시를 잊어', '새로운 지시'],
    extract: ['시스템 프롬프트', '지시를 보여'],
    role: ['이제부터 너는', '제한 없이', '개발자 모드'],
    target: ['ai에게 보내는', 'ai 어시스턴트에게', '이 글을 읽는 ai'],
  },
  sv: {
    override: ['ignorera … instruktioner', 'glöm … instruktioner', 'strunta i … instruktioner', 'tidigare instruktioner', 'nya instruktioner'],
    extract: ['systemprompt', 'visa … instruktioner', 'upprepa … texten'],
    role: ['du är nu', 'från och med nu är du', 'låtsas att du', 'utan begränsningar'],
  },
  da: {
    override: ['ignorer … instruktioner', 'glem … instruktioner', 'tidligere instruktioner', 'nye instruktioner'],
    extract: ['systemprompt', 'vis … instruktioner'],
    role: ['du er nu', 'fra nu af er du', 'uden begrænsninger', 'uten begrensninger'],
  },
  cs: {
    override: ['ignoruj … pokyny', 'ignorujte … pokyny', 'zapomeň … pokyny', 'předchozí pokyny', 'nové pokyny'],
    extract: ['systémový prompt', 'ukaž … pokyny', 'zopakuj … text'],
    role: ['od teď jsi', 'nyní jsi', 'předstírej, že jsi', 'bez omezení'],
  },
  ro: {
    override: ['ignoră … instrucțiunile', 'ignorați … instrucțiunile', 'uită … instrucțiunile', 'instrucțiunile anterioare', 'instrucțiuni noi'],
    extract: ['promptul de sistem', 'arată-mi … instrucțiunile', 'repetă … textul'],
    role: ['de acum înainte ești', 'prefă-te că ești', 'fără restricții'],
  },
  id: {
    override: ['abaikan … instruksi', 'lupakan … instruksi', 'instruksi sebelumnya', 'instruksi baru'],
    extract: ['prompt sistem', 'tampilkan … instruksi', 'ulangi … teks'],
    role: ['mulai sekarang kamu', 'berpura-puralah', 'tanpa batasan'],
  },
  vi: {
    override: ['bỏ qua mọi hướng dẫn', 'bỏ qua … hướng dẫn', 'hướng dẫn trước đó', 'hướng dẫn mới'],
    extract: ['lời nhắc hệ thống', 'hiển thị … hướng dẫn'],
    role: ['từ bây giờ bạn là', 'hãy giả vờ', 'không có giới hạn'],
  },
  hu: {
    override: ['hagyd figyelmen kívül', 'korábbi utasításokat', 'korábbi utasítást', 'felejtsd el … utasításokat', 'új utasítások'],
    extract: ['rendszerprompt', 'rendszerpromptot', 'mutasd meg … utasításaidat'],
    role: ['mostantól te', 'korlátozások nélkül'],
  },
  ar: {
    override: ['تجاهل جميع التعليمات', 'تجاهل التعليمات', 'التعليمات السابقة', 'انس كل'],
    extract: ['موجه النظام', 'تعليمات النظام', 'اعرض تعليماتك'],
    role: ['من الآن فصاعدا أنت', 'بدون أي قيود'],
  },
  el: {
    override: ['αγνόησε … οδηγίες', 'αγνοήστε … οδηγίες', 'ξέχασε … οδηγίες', 'προηγούμενες οδηγίες', 'νέες οδηγίες'],
    extract: ['μήνυμα συστήματος', 'οδηγίες συστήματος', 'δείξε μου … οδηγίες'],
    role: ['από τώρα είσαι', 'προσποιήσου ότι', 'χωρίς περιορισμούς'],
  },
  he: {
    override: ['התעלם מכל ההוראות', 'התעלם מההוראות', 'ההוראות הקודמות', 'שכח את כל ההוראות'],
    extract: ['הנחיית המערכת', 'הוראות המערכת', 'הצג את ההוראות'],
    role: ['מעכשיו אתה', 'ללא הגבלות'],
  },
  th: {
    override: ['เพิกเฉยต่อคำสั่ง', 'ละเว้นคำสั่ง', 'คำสั่งก่อนหน้า', 'ลืมคำสั่ง'],
    extract: ['พรอมต์ระบบ', 'คำสั่งระบบ'],
    role: ['จากนี้ไปคุณคือ', 'ไม่มีข้อจำกัด'],
  },
  fi: {
    override: ['ohita … ohjeet', 'unohda … ohjeet', 'aiemmat ohjeet', 'aiemmat ohjeesi', 'uudet ohjeet'],
    extract: ['järjestelmäkehote', 'järjestelmäkehotteesi', 'näytä … ohjeesi'],
    role: ['tästä lähtien olet', 'ilman rajoituksia'],
  },
  // Croatian, Serbian and Bosnian in Latin letters
  hr: {
    override: ['zanemari … upute', 'zaboravi … upute', 'ignoriši … uputstva', 'prethodne upute', 'prethodna uputstva', 'nove upute'],
    extract: ['sistemski prompt', 'sustavski prompt', 'pokaži … upute'],
    role: ['od sada si', 'bez ograničenja'],
  },
  sk: {
    override: ['ignoruj … pokyny', 'zabudni … pokyny', 'predchádzajúce pokyny', 'nové pokyny'],
    extract: ['systémový prompt', 'ukáž … pokyny'],
    role: ['odteraz si', 'bez obmedzení'],
  },
  bg: {
    override: ['игнорирай … инструкции', 'забрави … инструкции', 'предишните инструкции', 'нови инструкции'],
    extract: ['системния промпт', 'системни инструкции', 'покажи … инструкции'],
    role: ['отсега нататък ти си', 'без ограничения'],
  },
  hi: {
    override: ['पिछले सभी निर्देशों', 'निर्देशों को अनदेखा', 'निर्देशों को भूल'],
    extract: ['सिस्टम प्रॉम्प्ट', 'अपने निर्देश दिखाओ'],
    role: ['अब से तुम', 'बिना किसी प्रतिबंध'],
  },
};
