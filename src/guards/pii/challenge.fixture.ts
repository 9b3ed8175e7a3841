// A challenge set for the PII detector, written for this repository (not taken from the dev data): customer
// service texts in the locales, name styles, obfuscations and formats the dev set's templates under-represent,
// with negatives (order and tracking numbers, prices, versions, timestamps) that must not be flagged.
// Spans are marked inline as ⟦TYPE:text⟧ and labelled by the rules of shared/data/pii/SOURCES.md. Numbers are
// made up but valid: IBANs pass mod-97, cards pass Luhn, phones follow their country's numbering plan.
// `tune` rows were looked at while improving the detector; `check` rows were only ever scored, as a small
// stand-in for the held-out set.
import type { PiiType } from './types.js';

export interface ChallengeRow {
  id: string;
  split: 'tune' | 'check';
  text: string;
  entities: Array<{ type: PiiType; start: number; end: number }>;
}

const MARK = /⟦([A-Z_]+):([^⟧]*)⟧/g;

/** Strips the ⟦TYPE:text⟧ marks from `marked`, returning the text and the spans they marked. */
export function parseMarked(marked: string): Pick<ChallengeRow, 'text' | 'entities'> {
  let text = '';
  let from = 0;
  const entities: ChallengeRow['entities'] = [];
  for (const m of marked.matchAll(MARK)) {
    text += marked.slice(from, m.index);
    entities.push({ type: m[1] as PiiType, start: text.length, end: text.length + m[2].length });
    text += m[2];
    from = m.index + m[0].length;
  }
  return { text: text + marked.slice(from), entities };
}

const TUNE: string[] = [
  // Phones: national and international forms of many countries.
  'Hallo, bitte rufen Sie mich unter ⟦PHONE:+49 30 12345678⟧ zurück, vormittags bin ich erreichbar.',
  'Meine Festnetznummer ist ⟦PHONE:030 1234567⟧, mobil ⟦PHONE:0151 23456789⟧.',
  'Vous pouvez me joindre au ⟦PHONE:06.12.34.56.78⟧ après 18h.',
  'Mon portable : ⟦PHONE:+33 6 12 34 56 78⟧ (WhatsApp aussi).',
  'Llámeme al ⟦PHONE:+34 612 345 678⟧ o al fijo ⟦PHONE:91 123 45 67⟧.',
  'Il mio numero è ⟦PHONE:+39 347 123 4567⟧, grazie.',
  'Mijn telefoonnummer: ⟦PHONE:06-12345678⟧ of ⟦PHONE:+31 20 123 4567⟧',
  'O meu telemóvel é ⟦PHONE:+351 912 345 678⟧.',
  'Mój numer telefonu: ⟦PHONE:+48 512 345 678⟧, proszę dzwonić po 17.',
  'Ring me on ⟦PHONE:07700 900123⟧ or the office on ⟦PHONE:0161 496 0000⟧.',
  'Best number is ⟦PHONE:(416) 555-0199⟧ — that is my cell in Toronto.',
  'Call me on ⟦PHONE:0412 345 678⟧ any time, cheers.',
  'You can reach me at ⟦PHONE:+91 98765 43210⟧ between 10am and 6pm IST.',
  'phone: ⟦PHONE:0044 20 7946 0018⟧',
  'Tel. ⟦PHONE:+41 44 668 18 00⟧ (Zürich office)',
  'Contact number ⟦PHONE:+61 2 9374 4000⟧ ext. 12',
  'my number is ⟦PHONE:415.555.0132⟧ thanks',
  'Tel: ⟦PHONE:+43 1 5134567⟧',
  // Phones that are written in pieces.
  'Call me back on ⟦PHONE:+44 (0)20 7946 0018⟧ please.',
  'Telefon: ⟦PHONE:+49 (0)89 1234567⟧',
  // Emails, plain and obfuscated.
  'Meine E-Mail: ⟦EMAIL:jürgen.mueller@web.de⟧',
  'écrivez-moi à ⟦EMAIL:camille.dubois@orange.fr⟧ svp',
  'reach me at ⟦EMAIL:john dot doe at gmail dot com⟧',
  'mail: ⟦EMAIL:maria.rossi [at] libero [dot] it⟧',
  'my email is ⟦EMAIL:piet(at)ziggo(dot)nl⟧',
  'email ⟦EMAIL:sven.larsson AT telia DOT se⟧ for the invoice',
  'Send it to ⟦EMAIL:ana_souza@uol.com.br⟧, obrigada.',
  'Contact: ⟦EMAIL:s.oconnor+orders@eircom.ie⟧',
  // IBANs of many countries, in groups and compact.
  'Bitte überweisen Sie auf ⟦IBAN:AT61 1904 3002 3457 3201⟧.',
  'IBAN: ⟦IBAN:PT50 0002 0123 1234 5678 9015 4⟧',
  'Numer konta: ⟦IBAN:PL61 1090 1014 0000 0712 1981 2874⟧',
  'Refund to ⟦IBAN:IE29 AIBK 9311 5212 3456 78⟧ please',
  'Kontonummer ⟦IBAN:SE4550000000058398257466⟧',
  'IBAN ⟦IBAN:DK50 0040 0440 1162 43⟧ (Danske Bank)',
  'my iban is ⟦IBAN:fi21 1234 5600 0007 85⟧',
  'Remboursement sur ⟦IBAN:LU28 0019 4006 4475 0000⟧ merci',
  'Bankkonto: ⟦IBAN:NO93 8601 1117 947⟧',
  'číslo účtu ⟦IBAN:CZ65 0800 0000 1920 0014 5399⟧',
  'IBAN: ⟦IBAN:HU42 1177 3016 1111 1018 0000 0000⟧',
  // Cards.
  'Card: ⟦CREDIT_CARD:4539 1234 5678 9017⟧ exp 04/27',
  'charge it to ⟦CREDIT_CARD:5523-9876-5432-1012⟧',
  'Amex ⟦CREDIT_CARD:3782 822463 10005⟧',
  'Kreditkarte: ⟦CREDIT_CARD:2221001234567896⟧',
  'my discover card ⟦CREDIT_CARD:6011 9876 5432 1092⟧ was declined',
  // SSNs.
  'SSN ⟦SSN:219-09-9999⟧, DOB ⟦DATE_OF_BIRTH:1979-11-02⟧',
  'social security number ⟦SSN:536 22 1234⟧ for the tax form',
  // IPs.
  'The request came from ⟦IP_ADDRESS:2001:db8:85a3::8a2e:370:7334⟧ and was blocked.',
  'Your login from ⟦IP_ADDRESS:fe80::1ff:fe23:4567:890a⟧ was unusual',
  'client ip=⟦IP_ADDRESS:203.0.113.45⟧ port=443 status=200',
  'Router at ⟦IP_ADDRESS:192.168.0.1⟧ keeps rebooting.',
  // Secrets.
  'here is my key ⟦SECRET:AKIAIOSFODNN7EXAMPLQ⟧ and secret key ⟦SECRET:wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKQ⟧',
  'token: ⟦SECRET:ghp_4fT9kLm2QzX8vR1nB7cW3yH6jD0sA5eUiO2p⟧',
  'SLACK_BOT_TOKEN=⟦SECRET:xoxb-2048-1024-Ab3De5Fg7Hi9Jk1Lm3No5Pq⟧',
  'stripe key ⟦SECRET:sk_live_51H7qLmN2oP3qR4sT5uV6wX7y⟧ leaked in the log',
  'Authorization: Bearer ⟦SECRET:eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyLTQyIn0.kX9vB2nM4qR7tY1uI3oP5aS8dF0gH6jK⟧',
  'Der API-Schlüssel lautet ⟦SECRET:AIzaSyB3k9Lm2Nq7Rt5Vx8Zb1Cd4Ef6Gh0Ij2Kl⟧',
  'openai key ⟦SECRET:sk-proj-Q7w8E9r0T1y2U3i4O5p6A7s8D9f0G1h2⟧',
  // Dates of birth in many formats and languages.
  'Je suis né le ⟦DATE_OF_BIRTH:3 mars 1985⟧ à Lyon.',
  'Name: ⟦PERSON:Jürgen Müller⟧, geb. ⟦DATE_OF_BIRTH:03.04.1985⟧',
  'DOB: ⟦DATE_OF_BIRTH:1985-04-03⟧',
  'date of birth: ⟦DATE_OF_BIRTH:April 3rd, 1985⟧',
  'I was born on the ⟦DATE_OF_BIRTH:3rd of April 1985⟧.',
  'fecha de nacimiento: ⟦DATE_OF_BIRTH:03/04/1985⟧',
  'nata il ⟦DATE_OF_BIRTH:12/05/1990⟧ a Napoli',
  'geboren op ⟦DATE_OF_BIRTH:12-05-1990⟧',
  'data de nascimento: ⟦DATE_OF_BIRTH:12/05/1990⟧',
  'data urodzenia: ⟦DATE_OF_BIRTH:12.05.1990⟧',
  'DOB ⟦DATE_OF_BIRTH:3-Apr-1985⟧',
  'birthday: ⟦DATE_OF_BIRTH:1985.04.03⟧',
  'Geburtsdatum ⟦DATE_OF_BIRTH:3. April 1985⟧',
  'date de naissance : ⟦DATE_OF_BIRTH:03/04/1985⟧',
  // Names of many cultures.
  'Hi, my name is ⟦PERSON:Anouk van der Berg⟧ and my order never arrived.',
  'Dear ⟦PERSON:María José García-López⟧, your refund has been issued.',
  'This is ⟦PERSON:Jean-Luc Moreau⟧ calling about ticket 48213.',
  'I spoke with ⟦PERSON:Siobhán Ní Bhriain⟧ yesterday.',
  'Customer: ⟦PERSON:Nguyễn Văn An⟧',
  'Kind regards,\n⟦PERSON:Oluwaseun Adeyemi⟧',
  'Thanks, ⟦PERSON:Priya Ramanathan⟧',
  'Mit freundlichen Grüßen\n⟦PERSON:Łukasz Wiśniewski⟧',
  'Cordialement,\n⟦PERSON:Hélène Lefèvre⟧',
  'The parcel was signed for by ⟦PERSON:Mohammed Al-Farsi⟧.',
  'hi im ⟦PERSON:giulia bianchi⟧ and i cant log in',
  'Account holder: ⟦PERSON:Søren Kjærgaard⟧',
  'Ich bin ⟦PERSON:Dieter Schäfer⟧ und habe eine Frage zur Rechnung.',
  'Je m’appelle ⟦PERSON:Amélie Rousseau⟧.',
  'Me llamo ⟦PERSON:José Ignacio Fernández⟧ y quiero cancelar.',
  'Name: ⟦PERSON:Wei Zhang⟧\nEmail: ⟦EMAIL:wei.zhang@163.com⟧',
  'Ms ⟦PERSON:Aoife Byrne⟧ asked for a callback.',
  'My husband ⟦PERSON:Tomasz⟧ placed the order.',
  'Regards, ⟦PERSON:Joost de Jong⟧',
  'Sincerely,\n⟦PERSON:Ravi Shankar Iyer⟧',
  // Addresses in local orders.
  'Lieferadresse: ⟦ADDRESS:Hauptstraße 5, 10115 Berlin⟧',
  'Adresse de livraison : ⟦ADDRESS:12 rue de la Paix, 75002 Paris⟧',
  'Dirección: ⟦ADDRESS:Calle de Alcalá 48, 28014 Madrid⟧',
  'Indirizzo: ⟦ADDRESS:Via del Corso 101, 00186 Roma RM⟧',
  'Bezorgadres: ⟦ADDRESS:Prinsengracht 263, 1016 GV Amsterdam⟧',
  'Morada: ⟦ADDRESS:Rua Augusta 120, 1100-048 Lisboa⟧',
  'Adres: ⟦ADDRESS:ul. Marszałkowska 10, 00-590 Warszawa⟧',
  'Please ship to ⟦ADDRESS:221B Baker Street, London NW1 6XE⟧.',
  'Ship to: ⟦ADDRESS:350 Bay St, Toronto, ON M5H 2S6⟧',
  'Deliver to ⟦ADDRESS:1 Macquarie Street, Sydney NSW 2000⟧',
  'Address: ⟦ADDRESS:Flat 3B, 42 MG Road, Bengaluru 560001⟧',
  'Neue Adresse: ⟦ADDRESS:Schönbrunner Straße 12, 1050 Wien⟧',
  'Adresse: ⟦ADDRESS:Avenue Louise 54, 1050 Bruxelles⟧',
  'Leveransadress: ⟦ADDRESS:Kungsgatan 12, 111 43 Stockholm⟧',
  'I moved to ⟦ADDRESS:47 Elm Grove, Leeds LS6 2AB⟧ last month.',
  // URLs.
  'my profile: ⟦URL:https://www.linkedin.com/in/anouk-vdberg⟧',
  'Shared folder ⟦URL:https://drive.google.com/drive/folders/1aB2cD3eF4gH5⟧ has the photos.',
  // Negatives: numbers and words that look like PII.
  'Order #DE-2024-778812 shipped, tracking 1Z999AA10123456784 via UPS.',
  'Your total is €1.234,56 incl. VAT; invoice INV-2024-00917.',
  'Firmware 4.12.3.1 fixes the Wi-Fi drop; build 20240611.',
  'Logged at 2024-06-11T09:42:17Z, request id 7f3e9c2a-1b4d-4e8f-9a6b-2c1d0e5f7a8b.',
  'Product code SKU 4006381333931 is back in stock.',
  'Sendungsnummer 00340434161234567890, Lieferung am 12.06.2024.',
  'Numéro de commande 1234567890123, livré le 03/04/2024.',
  'The card ending in 4242 was charged $49.99 on 2024-03-15.',
  'Paid with **** **** **** 1881, ref 20240315-8841.',
  'PostNL track & trace: 3SABCD123456789',
  'Case 00123456 opened on 5 March 2024 at 14:05.',
  'Ticket #88213 – Rechnung vom 03.04.2024 über 129,90 €',
  'Use code SUMMER-2024-XYZ for 15% off, valid until 30/06/2024.',
  'Our Berlin office moved; see the FAQ for opening hours.',
  'The new iPhone 15 Pro Max costs 1.449 € in Germany.',
  'Kindly quote reference 5523 9876 5432 1019 on the transfer.',
  'Placeholder key sk-xxxxxxxxxxxxxxxxxxxxxxxx goes in .env as OPENAI_API_KEY=YOUR_API_KEY',
  'Version 2.0.1.7 of the app crashes on Android 14.',
  'GTIN 5012345678900, EAN 4006381333931, Charge 2310-AB',
  'Delivery window 08:00-12:00, depot 4410, route 77.',
];

const CHECK: string[] = [
  'Bitte kontaktieren Sie mich unter ⟦PHONE:0176 98765432⟧ oder per Mail an ⟦EMAIL:k.weber@gmx.de⟧.',
  'Rappelez-moi au ⟦PHONE:01 42 68 53 00⟧, demandez ⟦PERSON:Chantal Girard⟧.',
  'Mi móvil: ⟦PHONE:678 12 34 56⟧',
  'Il numero fisso è ⟦PHONE:02 1234 5678⟧ (Milano).',
  'Bel me op ⟦PHONE:+31 6 12345678⟧ als het pakket er is.',
  'Landline ⟦PHONE:(02) 9876 5432⟧, mobile ⟦PHONE:0498 765 432⟧.',
  'Call ⟦PHONE:+1 604 555 0147⟧, I am in Vancouver.',
  'WhatsApp: ⟦PHONE:+91 91234 56789⟧',
  'email me: ⟦EMAIL:lena.schmidt at posteo dot de⟧',
  'contact ⟦EMAIL:r.kowalski{at}wp{dot}pl⟧',
  'Überweisung an ⟦IBAN:DE89 3704 0044 0532 0130 00⟧, Verwendungszweck 44812.',
  'IBAN ⟦IBAN:IT60 X054 2811 1010 0000 0123 456⟧ intestato a ⟦PERSON:Marco Esposito⟧',
  'IBAN: ⟦IBAN:BE68 5390 0754 7034⟧',
  'RIB / IBAN : ⟦IBAN:FR14 2004 1010 0505 0001 3M02 606⟧',
  'IBAN ⟦IBAN:ES9121000418450200051332⟧',
  'IBAN: ⟦IBAN:GR16 0110 1250 0000 0001 2300 695⟧',
  'Visa ⟦CREDIT_CARD:4917 0000 1234 5678⟧ exp 11/26 cvv 123',
  'JCB card ⟦CREDIT_CARD:3566 0020 2036 0505⟧',
  'SSN: ⟦SSN:401-58-3329⟧',
  'Attacker IP ⟦IP_ADDRESS:2a02:8108:1140:5a00::1⟧, then ⟦IP_ADDRESS:81.2.69.142⟧',
  'GITHUB_TOKEN=⟦SECRET:ghp_Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2Ji1Hg0FeDcBa9⟧',
  'slack: ⟦SECRET:xoxp-1234567890-0987654321-AbCdEfGhIjKl⟧',
  'rk_live key ⟦SECRET:rk_live_9aB8cD7eF6gH5iJ4kL3mN2oP⟧',
  'Née le ⟦DATE_OF_BIRTH:14 juillet 1992⟧ à Bordeaux.',
  'Geboren am ⟦DATE_OF_BIRTH:14.07.1992⟧ in Köln.',
  'D.O.B. ⟦DATE_OF_BIRTH:07/14/1992⟧',
  'born ⟦DATE_OF_BIRTH:14 Jul 1992⟧',
  'Fecha de nacimiento: ⟦DATE_OF_BIRTH:14 de julio de 1992⟧',
  'Regards,\n⟦PERSON:Katarzyna Nowak-Zielińska⟧',
  'Dear Mr ⟦PERSON:van Dijk⟧, thank you for your patience.',
  'Hola, soy ⟦PERSON:Camila Rodríguez⟧ y no me llegó el pedido.',
  'Sono ⟦PERSON:Francesca De Luca⟧, ho un problema con il reso.',
  'Name: ⟦PERSON:Arjun Mehta⟧, address: ⟦ADDRESS:14 Park Street, Kolkata 700016⟧',
  'Lieferung an ⟦ADDRESS:Bahnhofstrasse 21, 8001 Zürich⟧',
  'Adresse : ⟦ADDRESS:8 avenue des Champs-Élysées, 75008 Paris⟧',
  'Send it to ⟦ADDRESS:88 Queen Street West, Toronto, ON M5H 2M5⟧',
  'Endereço: ⟦ADDRESS:Avenida da Liberdade 110, 1250-146 Lisboa⟧',
  'Order 7781-2231-0093 dispatched; tracking JD014600003828391234.',
  'Invoice total: 2.499,00 EUR, due 2024-07-01.',
  'App version 3.14.159 (build 2718) released 2024-05-02 10:15:00.',
];

const rows = (split: ChallengeRow['split'], marked: string[]): ChallengeRow[] =>
  marked.map((m, i) => ({ id: `${split}-${String(i + 1).padStart(3, '0')}`, split, ...parseMarked(m) }));

/** The challenge rows, `tune` first. */
export const CHALLENGE_ROWS: ChallengeRow[] = [...rows('tune', TUNE), ...rows('check', CHECK)];
