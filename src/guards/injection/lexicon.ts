import { normalizeText } from '../normalize/index.js';
import { IntTable } from './int-table.js';

/**
 * Cross-language concepts: words that carry an attack's meaning in en/es/de/fr/pt/it/nl/pl/tr/ru/uk, folded the way
 * normalisation folds them (lower case, no diacritics). Each word also yields its concept as a feature,
 * so weights learnt from English attacks fire on "ignoriere die vorherigen Anweisungen" too, and pairs
 * of concepts close together ("ignore" + "instructions") carry across sources better than raw n-grams.
 */
export const CONCEPTS: Record<string, string> = {
  ignore: 'ignore ignoring ignored disregard disregarding forget forgetting skip bypass override overrule discard neglect ignora ignorar ignoren ignores olvida olvidar olvide olviden omite omitir ignoriere ignorieren ignoriert ignorier vergiss vergessen vergesst missachte missachten ignorez ignorer oublie oubliez oublier ignorem esqueca esquece esquecer desconsidere desconsidera ignorare ignorate dimentica dimenticare dimenticate tralascia negeer negeren vergeet zignoruj ignoruj zapomnij pomin yoksay unut игнорируй игнорируйте проигнорируй забудь забудьте ігноруй ignorera strunta glom ignorer glem ignoruj ignorujte zapomen ignora ignorati uita abaikan lupakan',
  instructions: 'instruction instructions directions directives directive guidelines guideline rules orders prompt prompts programming instrucciones instruccion reglas directrices indicaciones anweisungen anweisung anleitung regeln vorgaben richtlinien befehle consignes regles instrucoes instrucao regras diretrizes istruzioni istruzione regole direttive instructies instructie regels richtlijnen instrukcje instrukcji polecenia zasady talimat talimatlar talimatlari kurallari kurallar инструкции инструкций указания правила інструкції instruktioner instruktionerna pokyny pokynu instrukce instructiunile instructiuni instruksi perintah utasitasokat utasitasok zasad reguly wytyczne talimatlarini kurallarini',
  previous: 'previous prior above earlier preceding former initial original anteriores anterior previas previos vorherigen vorherige bisherigen obigen vorigen vorhergehenden precedentes precedents anterieures precedenti sopra vorige eerdere bovenstaande poprzednie wczesniejsze onceki предыдущие прежние попередні tidigare foregaende tidligere predchozi anterioare sebelumnya korabbi',
  all: 'all every everything todas todos todo alle allen alles toutes tous tout tutte tutti tutto wszystkie wszystko tum hepsi все всё alla allt samtliga vsechny vsechno toate semua',
  system: 'system sistema systeme systeem systemowy systemowe sistem система системный системные systemet systemu sistemului',
  reveal: 'reveal show print display output repeat disclose leak dump recite revela revelar muestra muestrame imprime repite dime zeige zeig verrate wiederhole nenne revele montre affiche repete revelez mostre mostra imprima repita rivela mostrami stampa ripeti dimmi toon onthul herhaal pokaz ujawnij powtorz wypisz wyswietl goster yaz покажи раскрой выведи повтори',
  secret: 'password passcode secret secrets credentials contrasena clave passwort kennwort geheim geheimnis secreto segredo senha segreta segreto wachtwoord haslo sifre sifreyi пароль',
  you: 'you your yourself usted du dein deine deinen dich dir vous votre vos voce seu sua tuo tua tuoi jij jouw ty twoj twoje sen senin sana ты твой твои тебя вы ваш swoje swoich swoj swoja',
  now: 'now ahora jetzt sofort maintenant agora adesso teraz simdi artik теперь сейчас тепер nyni acum sekarang mostantol',
  ai: 'assistant ai bot chatbot model llm gpt chatgpt assistente asistente ki modelo modell modele modello',
  pretend: 'pretend roleplay simulate impersonate finge fingir actua imagina spiele tu spiel joue agis finja atue fingi agisci immagina speel udawaj davran притворись представь',
  new: 'new updated nuevo nueva nuevas nuevos neue neuen neues nouvelles nouveau nouvelle novas novo nova nuove nuovo nuova nieuwe nowe nowa nowy yeni новые новая новый нові',
  mode: 'mode modo modus modalita tryb modu режим',
  admin: 'developer admin administrator root operator desarrollador administrador entwickler developpeur desenvolvedor sviluppatore amministratore ontwikkelaar beheerder deweloper administrator gelistirici yonetici разработчик администратор',
  restrictions: 'restrictions restriction limits limitations filters filter censorship restricciones limites einschrankungen beschrankungen grenzen restricoes restrizioni limiti beperkingen ograniczen ograniczenia kisitlama sinirlama ограничений ограничения обмежень begransningar begraensninger omezeni restrictii batasan korlatozasok',
  without: 'without sin ohne sans sem senza zonder bez olmadan без utan uden uten fara tanpa nelkul',
  send: 'send forward email upload transmit exfiltrate envia enviar envie sende senden schicke schicken envoie envoyez envoyer manda mandar invia inviare stuur stuurt wyslij gonder отправь',
  customers: 'customer customers user users client clients cliente clientes kunde kunden utente utenti utilisateur utilisateurs klant klanten gebruiker gebruikers klient klienci klientow musteri musteriler клиент клиенты клиентов',
  other: 'other others another otros otras otro otra andere anderen anderer autres autre outros outras outro altri altre altro inni innych diger другие других',
  data: 'data details datos daten donnees dados dati gegevens',
  refund: 'refund refunds approve approved reembolso reembolsa reembolsar erstatte erstattung erstatten rembourse remboursement rembourser reembolse rimborso rimborsa rimborsare terugbetaling terugbetalen',
  respond: 'say respond reply answer write responde responder diga antworte antworten sage sag schreibe schreib reponds repondez dis ecris ecrivez responda escreva diz rispondi scrivi antwoord antwoordt zeg schrijf odpowiedz napisz cevap yanit ответь напиши',
  always: 'always must only siempre debes solo immer musst nur toujours dois devez seulement sempre deve devi apenas altijd moet alleen',
  instead: 'instead stattdessen invece plutot',
  confidential: 'confidential internal hidden private confidencial interno oculto vertraulich intern versteckt confidentiel interne confidenziale nascosto vertrouwelijk verborgen',
  conversation: 'conversation chat history context conversacion historial gesprach verlauf kontext historique conversa historico conversazione cronologia contesto gesprek geschiedenis',
  // Who a request is about: "ignore my previous email" (a customer to a human) against "ignore your
  // previous instructions" (to the model); paired with `ignore` and `previous` these tell the two apart.
  mine: 'my mine our mein meine meinen meiner meinem unsere mon ma mes notre nos mi mis nuestro nuestra mio mia miei mie nostro mijn onze meu minha meus minhas nosso moj moja moje benim мой моя мои',
  parcel: 'email mail message note notes order parcel package delivery courier address complaint letter attachment ticket reply correo mensaje nota pedido paquete entrega direccion queja nachricht notiz bestellung paket lieferung adresse beschwerde lieferschein courriel commande colis livraison reclamation messaggio ordine pacco consegna indirizzo reclamo bericht bestelling pakket bezorging adres klacht mensagem encomenda pacote morada reclamacao',
};

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** The same 32-bit word hash the feature extractor computes while it reads a word. */
export function wordHash(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h;
}

/**
 * word hash -> concept id (1-based; 0 = none), built once. Words are normalised as the input is (Cyrillic
 * letters that look Latin are folded), so they hash as the extractor will see them.
 */
const conceptOf = new Map<number, number>();
Object.values(CONCEPTS).forEach((words, i) => {
  for (const raw of words.split(' ')) {
    const w = raw && normalizeText(raw).text;
    if (w && !conceptOf.has(wordHash(w))) conceptOf.set(wordHash(w), i + 1);
  }
});
export const CONCEPT_OF = new IntTable(conceptOf);
