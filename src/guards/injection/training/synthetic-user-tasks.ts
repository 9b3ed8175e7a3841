/**
 * What a user writes above a text they paste in (ours, CC0), by language: the task is theirs, so it sets
 * no attack however imperative it reads ("Rewrite this", "Add a title", "Give me the answer"). The
 * synthetic carrier puts one of these over the host on both sides of the label, so the model learns that a
 * task at the top of a message is ordinary and that what matters is an instruction inside the pasted text.
 * Languages without a list use the English one.
 */
export const USER_TASKS: Record<string, readonly string[]> = {
  en: [
    'Summarise the email below in two sentences.', 'Translate the following text into German.', 'Write a polite reply to this customer.',
    'Extract every date and amount from this table.', 'Explain what this code does, line by line.', 'Give me three tags for this article.',
    'Rewrite this paragraph so it sounds more formal.', 'List the action items in these meeting notes.', 'Add comments to this function.',
    'Suggest a better subject line for this message.', 'Classify this ticket as billing, delivery or technical.', 'Fix the grammar in the text below.',
    'Estimate the cooking time for this recipe.', 'Find the bug in the following snippet and give me the corrected version.',
    'Convert this table to JSON.', 'Describe the tone of this review in one word.', 'Answer the question at the end using only the passage.',
    'Make this shorter without losing the key facts.', 'Write a haiku inspired by the text below.', 'Check my maths homework below and show where I went wrong.',
    'You are given a product description. Write three bullet points for the shop page.', 'Read the instructions and tell me which step I missed.',
    'Format the following notes as a numbered list.', 'Check whether this contract clause is clear, and suggest a rewrite if not.',
    'Create a short quiz from this lesson.', 'Here is a job advert. Rewrite it for a junior role.', 'Compose a tweet announcing this update.',
    'Keep the meaning but use simpler words:', 'Generate a regular expression that matches the pattern described below.',
  ],
  de: [
    'Fasse die folgende E-Mail in zwei Sätzen zusammen.', 'Übersetze den Text unten ins Englische.', 'Schreibe eine höfliche Antwort an diesen Kunden.',
    'Erkläre, was dieser Code macht.', 'Formuliere diesen Absatz förmlicher.', 'Liste die Aufgaben aus diesem Protokoll auf.',
  ],
  fr: [
    "Résume l'e-mail ci-dessous en deux phrases.", 'Traduis le texte suivant en anglais.', 'Rédige une réponse polie à ce client.',
    'Explique ce que fait ce code.', 'Reformule ce paragraphe dans un style plus formel.', 'Dresse la liste des actions de ce compte rendu.',
  ],
  es: [
    'Resume el correo siguiente en dos frases.', 'Traduce el texto de abajo al inglés.', 'Escribe una respuesta amable a este cliente.',
    'Explica qué hace este código.', 'Reescribe este párrafo con un tono más formal.', 'Enumera las tareas de estas notas de reunión.',
  ],
  it: [
    "Riassumi l'email qui sotto in due frasi.", 'Traduci il testo seguente in inglese.', 'Scrivi una risposta cortese a questo cliente.',
    'Spiega cosa fa questo codice.', 'Riscrivi questo paragrafo in modo più formale.',
  ],
  pt: [
    'Resume o e-mail abaixo em duas frases.', 'Traduz o texto seguinte para inglês.', 'Escreve uma resposta educada a este cliente.',
    'Explica o que este código faz.', 'Reescreve este parágrafo num tom mais formal.',
  ],
  nl: [
    'Vat de onderstaande e-mail samen in twee zinnen.', 'Vertaal de volgende tekst naar het Engels.', 'Schrijf een beleefd antwoord aan deze klant.',
    'Leg uit wat deze code doet.', 'Herschrijf deze alinea formeler.',
  ],
};
