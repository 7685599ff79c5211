/**
 * What the document is called, in the forms the interface texts of a language need: an
 * organisation writes "privacyverklaring" where the project's Dutch says "privacy statement", and
 * Dutch then says "de privacyverklaring" and "deze privacyverklaring" where it said "het privacy
 * statement" and "dit privacy statement". The project's texts (src/i18n/strings/) hold the forms as
 * placeholders ({theDocument}, {TheFullDocument}, …); each language's names below fill them. An
 * organisation chooses a name by its text in site.yaml (languages[].document), or gives every
 * form itself for a name the project does not know.
 */

/** The forms each language's texts use, with what each form is for (the message names them). */
export const DOCUMENT_FORMS: Record<string, Record<string, string>> = {
  nl: {
    Document: 'as a title: "Privacyverklaring"',
    theDocument: 'with its article: "de privacyverklaring"',
    thisDocument: '"deze privacyverklaring"',
    TheFullDocument: 'at the start of a sentence: "De volledige privacyverklaring"',
    theFullDocument: '"de volledige privacyverklaring"',
    NewDocument: 'at the start of a sentence: "Nieuwe privacyverklaring"',
    fileName: 'a file name, letters and hyphens: "privacyverklaring"',
  },
  en: {
    Document: 'as a title: "Privacy notice"',
    theDocument: '"the privacy notice"',
    thisDocument: '"this privacy notice"',
    TheFullDocument: 'at the start of a sentence: "The full privacy notice"',
    theFullDocument: '"the full privacy notice"',
    NewDocument: 'at the start of a sentence: "New privacy notice"',
    fileName: 'a file name, letters and hyphens: "privacy-notice"',
  },
  de: {
    Document: 'as a title: "Datenschutzinformation"',
    TheDocument: 'nominative, at the start of a sentence: "Die Datenschutzinformation"',
    theDocument: 'nominative or accusative: "die Datenschutzinformation"',
    theDocumentDative: 'dative: "der Datenschutzinformation"',
    theDocumentGenitive: 'genitive: "der Datenschutzinformation"',
    thisDocumentDative: 'dative: "dieser Datenschutzinformation"',
    TheFullDocument:
      'nominative, at the start of a sentence: "Die vollständige Datenschutzinformation"',
    theFullDocument: 'accusative: "die vollständige Datenschutzinformation"',
    theFullDocumentDative: 'dative: "der vollständigen Datenschutzinformation"',
    NewDocument: 'nominative, at the start of a sentence: "Neue Datenschutzinformation"',
    fileName: 'a file name, letters and hyphens: "datenschutzinformation"',
  },
  fr: {
    Document: 'as a title: "Politique de confidentialité"',
    theDocument: '"la politique de confidentialité"',
    TheFullDocument: 'at the start of a sentence: "La politique de confidentialité complète"',
    theFullDocument: '"la politique de confidentialité complète"',
    ofTheDocument: '"de la politique de confidentialité"',
    ofTheFullDocument: '"de la politique de confidentialité complète"',
    TheNewDocument: 'at the start of a sentence: "La nouvelle politique de confidentialité"',
    fileName: 'a file name, letters and hyphens: "politique-de-confidentialite"',
  },
};

/** The names the project knows per language, the first one its texts use unless site.yaml says otherwise. */
export const DOCUMENT_NAMES: Record<string, Record<string, Record<string, string>>> = {
  nl: {
    'privacy statement': {
      Document: 'Privacy statement',
      theDocument: 'het privacy statement',
      thisDocument: 'dit privacy statement',
      TheFullDocument: 'Het volledige privacy statement',
      theFullDocument: 'het volledige privacy statement',
      NewDocument: 'Nieuw privacy statement',
      fileName: 'privacy-statement',
    },
    privacyverklaring: {
      Document: 'Privacyverklaring',
      theDocument: 'de privacyverklaring',
      thisDocument: 'deze privacyverklaring',
      TheFullDocument: 'De volledige privacyverklaring',
      theFullDocument: 'de volledige privacyverklaring',
      NewDocument: 'Nieuwe privacyverklaring',
      fileName: 'privacyverklaring',
    },
  },
  en: {
    'privacy statement': {
      Document: 'Privacy statement',
      theDocument: 'the privacy statement',
      thisDocument: 'this privacy statement',
      TheFullDocument: 'The full privacy statement',
      theFullDocument: 'the full privacy statement',
      NewDocument: 'New privacy statement',
      fileName: 'privacy-statement',
    },
    'privacy notice': {
      Document: 'Privacy notice',
      theDocument: 'the privacy notice',
      thisDocument: 'this privacy notice',
      TheFullDocument: 'The full privacy notice',
      theFullDocument: 'the full privacy notice',
      NewDocument: 'New privacy notice',
      fileName: 'privacy-notice',
    },
    'privacy policy': {
      Document: 'Privacy policy',
      theDocument: 'the privacy policy',
      thisDocument: 'this privacy policy',
      TheFullDocument: 'The full privacy policy',
      theFullDocument: 'the full privacy policy',
      NewDocument: 'New privacy policy',
      fileName: 'privacy-policy',
    },
  },
  de: {
    Datenschutzerklärung: {
      Document: 'Datenschutzerklärung',
      TheDocument: 'Die Datenschutzerklärung',
      theDocument: 'die Datenschutzerklärung',
      theDocumentDative: 'der Datenschutzerklärung',
      theDocumentGenitive: 'der Datenschutzerklärung',
      thisDocumentDative: 'dieser Datenschutzerklärung',
      TheFullDocument: 'Die vollständige Datenschutzerklärung',
      theFullDocument: 'die vollständige Datenschutzerklärung',
      theFullDocumentDative: 'der vollständigen Datenschutzerklärung',
      NewDocument: 'Neue Datenschutzerklärung',
      fileName: 'datenschutzerklaerung',
    },
    Datenschutzinformation: {
      Document: 'Datenschutzinformation',
      TheDocument: 'Die Datenschutzinformation',
      theDocument: 'die Datenschutzinformation',
      theDocumentDative: 'der Datenschutzinformation',
      theDocumentGenitive: 'der Datenschutzinformation',
      thisDocumentDative: 'dieser Datenschutzinformation',
      TheFullDocument: 'Die vollständige Datenschutzinformation',
      theFullDocument: 'die vollständige Datenschutzinformation',
      theFullDocumentDative: 'der vollständigen Datenschutzinformation',
      NewDocument: 'Neue Datenschutzinformation',
      fileName: 'datenschutzinformation',
    },
  },
  fr: {
    'déclaration de confidentialité': {
      Document: 'Déclaration de confidentialité',
      theDocument: 'la déclaration de confidentialité',
      TheFullDocument: 'La déclaration de confidentialité complète',
      theFullDocument: 'la déclaration de confidentialité complète',
      ofTheDocument: 'de la déclaration de confidentialité',
      ofTheFullDocument: 'de la déclaration de confidentialité complète',
      TheNewDocument: 'La nouvelle déclaration de confidentialité',
      fileName: 'declaration-de-confidentialite',
    },
    'politique de confidentialité': {
      Document: 'Politique de confidentialité',
      theDocument: 'la politique de confidentialité',
      TheFullDocument: 'La politique de confidentialité complète',
      theFullDocument: 'la politique de confidentialité complète',
      ofTheDocument: 'de la politique de confidentialité',
      ofTheFullDocument: 'de la politique de confidentialité complète',
      TheNewDocument: 'La nouvelle politique de confidentialité',
      fileName: 'politique-de-confidentialite',
    },
  },
};

/** The placeholders of the document's forms in a text ("{theDocument}"), by form. */
export function fillDocument(text: string, forms: Readonly<Record<string, string>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => forms[name] ?? whole);
}
