import { z } from 'astro/zod';

const text = (description: string) => z.string().trim().min(1).describe(description);
const slug = (description: string) =>
  z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a URL slug: lowercase letters, digits and hyphens')
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
  'role.visitor': text('Short name of the website visitor role.'),
  'role.client-contact': text('Short name of the client or supplier contact role.'),
  'role.job-seeker': text('Short name of the job seeker role.'),
  'role.employee': text('Short name of the role of people working via or at the organisation.'),
  'role.pageTitle': text('Title of a role view; {role} is the role name.'),
  'role.intro': text('Text at the top of a role view; {role} is the role name.'),
  'role.others': text('Heading of the links to the other roles.'),
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
  'lang.current': text('Hidden text after the current language in the switch.'),
  'translation.notice': text('On translated pages: that this is a translation and the source language prevails.'),
  'translation.readSource': text('Link to the same page in the legally binding language.'),
  'fallback.missing': text('Above a part shown in the source language because it is not translated yet.'),
  'fallback.stale': text('Above a part shown in the source language because its translation may be out of date.'),
  'notFound.title': text('Title of the "page not found" page.'),
  'notFound.text': text('Explanation on the "page not found" page.'),
  'route.visitor': slug('URL slug of the visitor view.'),
  'route.client-contact': slug('URL slug of the client contact view.'),
  'route.job-seeker': slug('URL slug of the job seeker view.'),
  'route.employee': slug('URL slug of the employee view.'),
  'route.full': slug('URL slug of the full statement.'),
});

export type UiStrings = z.infer<typeof uiStringsSchema>;
export type UiKey = keyof UiStrings;
