import type { ContentAsRead } from '../model/content-model.ts';
import type { ContentProblem } from '../problems/content-problem.ts';
import { daysBetween, shiftDays } from '../time/dates.ts';
import { versionEntry } from './entries.ts';

/** "1 day", "10 days". */
const days_ = (count: number): string =>
  `${count} ${new Intl.PluralRules('en').select(count) === 'one' ? 'day' : 'days'}`;

/**
 * Readers are told of a material change in advance: a material version is announced (and so
 * published) at least the notice period of site.yaml before it takes effect; until it is
 * announced it is a draft, and it cannot take effect unannounced.
 */
export function checkNotice(content: ContentAsRead, buildDate: string): ContentProblem[] {
  const days = content.site.notice.materialChangeDays;
  const first = content.versions[0]?.date;
  return content.versions.flatMap((version): ContentProblem[] => {
    if (!version.material || version.date === first) return [];
    const { place, name } = versionEntry(content, version.date, 'announced');
    if (version.announced === undefined) {
      // A later version without an announcement date is a draft; one that reaches its date
      // unannounced (and was never published: no seal) would take effect without notice.
      if (version.date > buildDate) {
        return [
          {
            file: place,
            message: `${name} is material and not announced yet: it is a draft, not on the site`,
            fix: `when its text is final, add announced: YYYY-MM-DD (at least ${days} days before ${version.date}, site.yaml notice.materialChangeDays; on or before ${shiftDays(version.date, -days)}) and seal it: npm run seal -- ${version.date}`,
            severity: 'warning',
          },
        ];
      }
      return content.seals?.[version.date]
        ? []
        : [
            {
              file: place,
              message: `${name} is material and takes effect on ${version.date} without having been announced`,
              fix: `readers are told ${days} days ahead (site.yaml notice.materialChangeDays): move its date to ${shiftDays(buildDate, days)} or later and announce it today (announced: ${buildDate})`,
              severity: 'error',
            },
          ];
    }
    const notice = daysBetween(version.announced, version.date);
    return notice >= days
      ? []
      : [
          {
            file: place,
            message: `${name} is material and announced on ${version.announced}, ${days_(notice)} before it takes effect; material changes are announced at least ${days_(days)} ahead (content/site.yaml, notice.materialChangeDays)`,
            fix: `announce it on or before ${shiftDays(version.date, -days)}, or move its date to ${shiftDays(version.announced, days)} or later`,
            severity: 'error',
          },
        ];
  });
}
