import { z } from 'astro/zod';
import { RIGHT_KINDS, type RequestRight, type RightKind } from './rights-schema.ts';

const text = (description: string) => z.string().trim().min(1).describe(description);
/**
 * A text that depends on a number: one form per plural category of the language (Intl.PluralRules:
 * Dutch and English use "one" and "other", Polish also "few" and "many"); `{count}` is the number.
 */
const plural = (description: string) =>
  z
    .strictObject({
      zero: z.string().trim().min(1).optional(),
      one: z.string().trim().min(1).optional(),
      two: z.string().trim().min(1).optional(),
      few: z.string().trim().min(1).optional(),
      many: z.string().trim().min(1).optional(),
      other: z.string().trim().min(1),
    })
    .describe(
      `${description} One form per plural category of the language ({ one: …, other: … }); {count} is the number.`,
    );
const slug = (description: string) =>
  z
    .string()
    .regex(
      /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
      'expected a URL slug: lowercase letters, digits and hyphens',
    )
    .describe(description);

/**
 * Every text of the interface, one file per locale (src/i18n/strings/<locale>.json). Strict: a
 * missing key and an unknown key both fail the build. `{name}` marks a value filled in by the page.
 */
export const uiStringsSchema = z.strictObject({
  'site.title': text('Name of the site, in the header and page titles.'),
  'site.description': text('One-sentence description for search engines.'),
  'site.skipLink': text('The skip link to the main content.'),
  'nav.label': text('Accessible name of the main navigation.'),
  'nav.home': text('Link to the home page.'),
  'home.title': text('The question on the home page.'),
  'home.intro': text('Text under the question.'),
  'home.full': text('Link to the full statement.'),
  'home.fullDescription': text('What the full statement holds.'),
  'audience.intro': text(
    "Text at the top of an audience view; {readers} is the audience's readers phrase of site.yaml ({audience} its name).",
  ),
  'audience.others': text('Heading of the links to the other audiences.'),
  'full.title': text('Title of the full statement.'),
  'full.intro': text('Text at the top of the full statement.'),
  'toc.title': text('Heading of the table of contents.'),
  'version.effective': text('When the shown version took effect; {date} is a date.'),
  'contact.title': text('Heading of the contact block.'),
  'contact.email': text('Label of the email address.'),
  'contact.phone': text('Label of the phone number.'),
  'contact.address': text('Label of the postal address.'),
  'footer.label': text('Accessible name of the footer.'),
  'lang.label': text('Accessible name of the language switch.'),
  'lang.section': text(
    'Link to the same section in another language, shown under a heading the reader was led to; {language} is that language named in the page language.',
  ),
  'lang.current': text('Hidden text after the current language in the switch.'),
  'translation.notice': text(
    'On translated pages: that this is a translation and the text in {language} (the binding language, named in the page language) prevails.',
  ),
  'translation.readSource': text(
    'Link to the same page in the legally binding language; {language} is its name.',
  ),
  'fallback.missing': text(
    'Above a part shown in the binding language ({language}) because it is not translated yet.',
  ),
  'fallback.stale': text(
    'Above a part shown in the binding language ({language}) because its translation may be out of date.',
  ),
  'notFound.title': text('Title of the "page not found" page.'),
  'notFound.text': text('Explanation on the "page not found" page.'),
  'archive.title': text('Title of the version archive.'),
  'archive.intro': text('Text at the top of the version archive.'),
  'archive.feed': text('Link to the Atom feed of versions, under the heading follow.title.'),
  'version.title': text('Title of a version page; {date} is the date it took effect.'),
  'version.current': text('Label of the version in effect.'),
  'version.archived': text('Label of a version no longer in effect.'),
  'version.upcoming': text('Label of a version that takes effect later.'),
  'version.draft': text(
    'Label of a draft, a version not announced yet: shown only in the preview of npm run dev.',
  ),
  'version.reconstructedLabel': text('Label of a reconstructed version.'),
  'version.read': text('Link to read a version in full.'),
  'version.readAudience': text('Heading of the links to a version per audience.'),
  'version.data': text(
    'Link to the JSON export of a version, under the heading developers.title; {date} is its date.',
  ),
  'banner.archived': text('On an earlier version: {date} is when the current version took effect.'),
  'banner.upcoming': text('On an upcoming version: {date} is when it takes effect.'),
  'banner.draft': text(
    'On a draft in the preview: that readers do not see it until it is announced.',
  ),
  'banner.toCurrent': text('Link from an earlier or upcoming version to the current one.'),
  'reconstructed.notice': text(
    'On a reconstructed version: {date}, {email} and {phone} are filled in.',
  ),
  'corrections.title': text('Heading of the corrections made to a published version.'),
  'upcoming.notice': text('On current pages: {date} is when the next version takes effect.'),
  'upcoming.link': text('Link to the changes of the upcoming version.'),
  'changes.title': text('Title of a comparison; {from} and {to} are dates.'),
  'changes.compare': text('Heading of the links to comparisons with other versions.'),
  'changes.withPrevious': text('Link to the changes against the previous version.'),
  'changes.link': text('Link text of one comparison; {from} and {to} are dates.'),
  'changes.audienceIntro': text(
    "On a comparison for one audience; {readers} is the audience's readers phrase ({audience} its name).",
  ),
  'changes.fullIntro': text('On a comparison of the full statement.'),
  'changes.none': text('When two versions do not differ.'),
  'changes.perAudience': text(
    'Under the title of a comparison: the words before the choice of audience.',
  ),
  'factChanges.title': text('Heading of the fact changes that open a comparison.'),
  'factChanges.intro': text('Text under that heading: what the list is made from.'),
  'factChanges.none': text('When no purpose, retention, recipient or right changed.'),
  'factChanges.purposeAdded': text('A new purpose; {purpose} is its words in the text.'),
  'factChanges.purposeRemoved': text('A purpose no longer in the text; {purpose}.'),
  'factChanges.retentionChanged': text(
    'A retention that changed; {purpose}, {before} and {after} are words of the texts.',
  ),
  'factChanges.retentionAdded': text('A retention period added to a purpose; {purpose}, {after}.'),
  'factChanges.retentionRemoved': text('A retention period no longer stated; {purpose}, {before}.'),
  'factChanges.recipientAdded': text('A new recipient; {purpose}, {recipient}.'),
  'factChanges.recipientRemoved': text('A recipient no longer named; {purpose}, {recipient}.'),
  'factChanges.rightAdded': text('A right now named; {right} is its name (rights.<kind>.name).'),
  'factChanges.rightRemoved': text('A right no longer named; {right} is its name.'),
  'factChanges.noPurpose': text(
    'Stands for {purpose} where the text marks no purpose for the processing.',
  ),
  'factChanges.everyone': text(
    'Heading of the changes in the sections for everyone, when a list has several parts.',
  ),
  'factChanges.material': text(
    'Label of a change that matters to readers (a new purpose or recipient, a longer retention, a removed right).',
  ),
  'factChanges.read': text('Link text from a change to the place in the text.'),
  'diff.added': text('Label of a wholly added block.'),
  'diff.removed': text('Label of a wholly removed block.'),
  'diff.movedFrom': text('Label of a block moved away from here.'),
  'diff.movedTo': text('Label of a block moved to here.'),
  'diff.insStart': text('Hidden text before inserted words.'),
  'diff.insEnd': text('Hidden text after inserted words.'),
  'diff.delStart': text('Hidden text before deleted words.'),
  'diff.delEnd': text('Hidden text after deleted words.'),
  'search.title': text('Title of the search page.'),
  'search.label': text('Label of the search field.'),
  'search.submit': text('Text of the search button.'),
  'search.noScript': text(
    'On the search page without JavaScript: search needs it; the full statement has everything.',
  ),
  'search.filter': text('Label of the choice of audience that narrows the search results.'),
  'search.allAudiences': text(
    'In the audience choice: results for every audience and the general sections.',
  ),
  'search.none': text('Announced when nothing is found; {query} is the search text.'),
  'search.results': text('Accessible name of the list of search results.'),
  'search.error': text(
    'When the search index cannot be loaded; the full statement is linked after it.',
  ),
  'search.fromDate': text(
    'In a search result title: the passage is of a version to come; {date} is the day it takes effect.',
  ),
  'search.noneHelp': text('Under "no results": where to look instead.'),
  'search.contact': text('Under "no results": link to the contact details.'),
  'rights.request': text('Link after a right: opens an email to exercise it.'),
  'rights.complaint': text(
    'Link after the right to complain; {authority} is the supervisory authority.',
  ),
  'rights.signature': text('Closing lines of every prefilled email (name and contact to fill in).'),
  ...(Object.fromEntries(
    RIGHT_KINDS.filter((kind) => kind !== 'complaint').flatMap((kind) => [
      [`rights.${kind}.subject`, text(`Subject of the email that exercises the right "${kind}".`)],
      [
        `rights.${kind}.body`,
        text(`Body of that email; {organization} is the organisation's name.`),
      ],
    ]),
  ) as Record<`rights.${RequestRight}.${'subject' | 'body'}`, ReturnType<typeof text>>),
  'inShort.title': text('Heading of the summary table at the top of an audience view.'),
  'inShort.intro': text('Text above that table.'),
  'inShort.purpose': text('Column: why data is processed.'),
  'inShort.retention': text('Column: how long it is kept.'),
  'inShort.recipients': text('Column: who receives it.'),
  'inShort.notStated': text('In a cell: the sentence does not say.'),
  'inShort.schedule': text('Link to the full retention schedule.'),
  'retention.title': text('Title of the retention schedule page.'),
  'retention.intro': text('Text at the top of the retention schedule.'),
  'retention.how': text('Column: the retention in plain terms.'),
  'retention.sentence': text('Column: link to the sentence.'),
  'retention.read': text(
    'Link text to the sentence a row comes from, where the row states no purpose.',
  ),
  'retention.data': text('Link to the schedule as JSON, under the heading developers.title.'),
  'retention.upTo': text('A maximum period; {period} is e.g. "7 jaar".'),
  'retention.relevant': text('Kept as long as relevant.'),
  'version.validUntil': text(
    'A version no longer in effect: {from} and {until} are the first and the last day it applied.',
  ),
  'version.takesEffect': text('A version to come: {date} is the day it takes effect.'),
  'version.sincePrevious': text(
    'Link beside the date of a version to what changed since the one before.',
  ),
  'upcoming.calendar': text('Link to the date a version takes effect as a calendar file (.ics).'),
  'calendar.event': text(
    'Title of the calendar event on the day a version takes effect; {organization} is filled in.',
  ),
  'feed.material': text('Atom category of a material version.'),
  'feed.editorial': text(
    'Atom category of a version that changes no fact that matters to readers.',
  ),
  'contact.vcard': text('Link to download the contact details as a vCard.'),
  'feed.title': text('Title of the Atom feed.'),
  'feed.entry': text('Title of a feed entry; {date} is the date a version takes effect.'),
  'audience.heading': text(
    "Title (h1) of an audience view: {title} is the statement's title, {readers} the audience's readers phrase of site.yaml.",
  ),
  'nav.full': text('Header link to the full statement (short).'),
  'nav.retention': text('Header link to the retention schedule (short).'),
  'nav.search': text('Header link to the search page (short).'),
  'toc.back': text('Link from the text back to the table of contents.'),
  'home.more': text(
    'Heading on the home page above the links to the archive, the retention schedule and search.',
  ),
  'home.archive': text('Home page link to the archive of versions and their comparisons.'),
  'home.retention': text('Home page link to the retention schedule.'),
  'home.search': text('Home page link to the search page.'),
  'changes.listTitle': text(
    'Heading of the list of changes in the text, each a link to the change.',
  ),
  'changes.versionSummary': text(
    'Heading of the plain-language summary of a version (versions.yaml) on a comparison.',
  ),
  'changes.opening': text(
    'Label of a change in the list of changes when it comes before the first heading.',
  ),
  'diff.changed': text('Label of a block whose words changed.'),
  'diff.previous': text('Link to the previous change on a comparison.'),
  'diff.next': text('Link to the next change on a comparison.'),
  'diff.toList': text('Link from a change back to the list of changes.'),
  'search.count': plural('Announced with the results; {query} is the search text.'),
  'changes.wordsAdded': plural('In the summary of a comparison: words added.'),
  'changes.wordsRemoved': plural('In the summary of a comparison: words removed.'),
  'changes.showUnchanged': plural(
    'Opens the unchanged text folded between two changes; {count} is its paragraphs and list items.',
  ),
  'corrections.count': plural(
    'Link beside the version line to the corrections made after publication.',
  ),
  'nav.versions': text('Header link to the archive of versions (short).'),
  'route.full': slug('URL slug of the full statement.'),
  'route.versions': slug('URL slug of the version archive.'),
  'route.changes': slug('URL slug of the comparisons between versions.'),
  'route.search': slug('URL slug of the search page.'),
  'route.retention': slug('URL slug of the retention schedule.'),
  'route.file': slug("URL slug of a version as one file, under the version's page."),
  'record.title': text(
    'Heading of the part of a version page that offers the version as one file and shows its fingerprint.',
  ),
  'record.download': text('Link to download the version as one self-contained HTML file.'),
  'record.fileName': slug(
    'Start of the name of that file; the version date and the language follow (privacy-statement-2023-09-27-en.html).',
  ),
  'record.fingerprint': text("Label of the short form of the version's fingerprint."),
  'record.fingerprintFull': text('Label of the full fingerprint (SHA-256).'),
  'record.explanation': text(
    'What the fingerprint covers (the sealed version: text in every language, contact details, summary, corrections) and where else it is published.',
  ),
  'record.source': text(
    "In the file of a version: where it was published; {url} is the address of the version's page.",
  ),
  'nav.menu': text('The button that unfolds the navigation on a phone.'),
  'toc.fold': text('The folded contents list under the title on a phone, which a tap unfolds.'),
  'changes.count': plural(
    'Above the list of changes in the text: how many there are (each a block added, removed, changed or moved).',
  ),
  'changes.added': plural('After changes.count: how many of them add a block.'),
  'changes.removed': plural('After changes.count: how many remove a block.'),
  'changes.changed': plural('After changes.count: how many change the words of a block.'),
  'changes.moved': plural('After changes.count: how many move a block.'),
  'changes.omitted': plural(
    'Printed in place of unchanged text folded on screen; {count} is its paragraphs and list items.',
  ),
  'changes.allAudiences': text(
    'In the choice of audience on a comparison: the comparison of every part, for every group.',
  ),
  'diff.toNewPlace': text('Link from the old place of a moved block to its new place.'),
  'follow.title': text('Heading above the link to the feed of new versions.'),
  'developers.title': text('Heading above the links to the data files (JSON).'),
  'developers.versions': text('Link to the JSON list of every version.'),
  'search.more': text('Button under the first groups of search results that shows the others.'),
  'search.moreInGroup': plural(
    'Opens the passages of a group of search results that are folded away; {count} is how many.',
  ),
  ...(Object.fromEntries(
    RIGHT_KINDS.map((kind) => [
      `rights.${kind}.name`,
      text(`The right "${kind}" by its name, as a change of the rights names it.`),
    ]),
  ) as Record<`rights.${RightKind}.name`, ReturnType<typeof text>>),
});

export type UiStrings = z.infer<typeof uiStringsSchema>;
type UiKey = keyof UiStrings;
/** The keys of texts that depend on a number. */
export type PluralKey = { [Key in UiKey]: UiStrings[Key] extends string ? never : Key }[UiKey];
/** The keys of plain texts. */
export type TextKey = Exclude<UiKey, PluralKey>;
export type PluralForms = UiStrings[PluralKey];
