/**
 * Cross-language concepts: words that carry an attack's meaning in en/es/de/fr/pt/it/nl, folded the way
 * normalisation folds them (lower case, no diacritics). Each word also yields its concept as a feature,
 * so weights learnt from English attacks fire on "ignoriere die vorherigen Anweisungen" too, and pairs
 * of concepts close together ("ignore" + "instructions") carry across sources better than raw n-grams.
 */
export const CONCEPTS: Record<string, string> = {
  ignore: 'ignore ignoring ignored disregard disregarding forget forgetting skip bypass override overrule discard neglect ignora ignorar ignoren ignores olvida olvidar olvide olviden omite omitir ignoriere ignorieren ignoriert ignorier vergiss vergessen vergesst missachte missachten ignorez ignorer oublie oubliez oublier ignorem esqueca esquece esquecer desconsidere desconsidera ignorare ignorate dimentica dimenticare dimenticate tralascia negeer negeren vergeet',
  instructions: 'instruction instructions directions directives directive guidelines guideline rules orders prompt prompts programming instrucciones instruccion reglas directrices indicaciones anweisungen anweisung anleitung regeln vorgaben richtlinien befehle consignes regles instrucoes instrucao regras diretrizes istruzioni istruzione regole direttive instructies instructie regels richtlijnen',
  previous: 'previous prior above earlier preceding former initial original anteriores anterior previas previos vorherigen vorherige bisherigen obigen vorigen vorhergehenden precedentes precedents anterieures precedenti sopra vorige eerdere bovenstaande',
  all: 'all every everything todas todos todo alle allen alles toutes tous tout tutte tutti tutto',
  system: 'system sistema systeme systeem',
  reveal: 'reveal show print display output repeat disclose leak dump recite revela revelar muestra muestrame imprime repite dime zeige zeig verrate wiederhole nenne revele montre affiche repete revelez mostre mostra imprima repita rivela mostrami stampa ripeti dimmi toon onthul herhaal',
  secret: 'password passcode secret secrets credentials contrasena clave passwort kennwort geheim geheimnis secreto segredo senha segreta segreto wachtwoord',
  you: 'you your yourself usted du dein deine deinen dich dir vous votre vos voce seu sua tuo tua tuoi jij jouw',
  now: 'now ahora jetzt sofort maintenant agora adesso',
  ai: 'assistant ai bot chatbot model llm gpt chatgpt assistente asistente ki modelo modell modele modello',
  pretend: 'pretend roleplay simulate impersonate finge fingir actua imagina spiele tu spiel joue agis finja atue fingi agisci immagina speel',
  new: 'new updated nuevo nueva nuevas nuevos neue neuen neues nouvelles nouveau nouvelle novas novo nova nuove nuovo nuova nieuwe',
  mode: 'mode modo modus modalita',
  admin: 'developer admin administrator root operator desarrollador administrador entwickler developpeur desenvolvedor sviluppatore amministratore ontwikkelaar beheerder',
  restrictions: 'restrictions restriction limits limitations filters filter censorship restricciones limites einschrankungen beschrankungen grenzen restricoes restrizioni limiti beperkingen',
  without: 'without sin ohne sans sem senza zonder',
  send: 'send forward email upload transmit exfiltrate envia enviar envie sende senden schicke schicken envoie envoyez envoyer manda mandar invia inviare stuur stuurt',
  customers: 'customer customers user users client clients cliente clientes kunde kunden utente utenti utilisateur utilisateurs klant klanten gebruiker gebruikers',
  other: 'other others another otros otras otro otra andere anderen anderer autres autre outros outras outro altri altre altro',
  data: 'data details datos daten donnees dados dati gegevens',
  refund: 'refund refunds approve approved reembolso reembolsa reembolsar erstatte erstattung erstatten rembourse remboursement rembourser reembolse rimborso rimborsa rimborsare terugbetaling terugbetalen',
  respond: 'say respond reply answer write responde responder diga antworte antworten sage sag schreibe schreib reponds repondez dis ecris ecrivez responda escreva diz rispondi scrivi antwoord antwoordt zeg schrijf',
  always: 'always must only siempre debes solo immer musst nur toujours dois devez seulement sempre deve devi apenas altijd moet alleen',
  instead: 'instead stattdessen invece plutot',
  confidential: 'confidential internal hidden private confidencial interno oculto vertraulich intern versteckt confidentiel interne confidenziale nascosto vertrouwelijk verborgen',
  conversation: 'conversation chat history context conversacion historial gesprach verlauf kontext historique conversa historico conversazione cronologia contesto gesprek geschiedenis',
};

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** The same 32-bit word hash the feature extractor computes while it reads a word. */
export function wordHash(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h;
}

/** word hash -> concept id (1-based), built once. */
export const CONCEPT_OF = new Map<number, number>();
Object.values(CONCEPTS).forEach((words, i) => {
  for (const w of words.split(' ')) if (w && !CONCEPT_OF.has(wordHash(w))) CONCEPT_OF.set(wordHash(w), i + 1);
});
