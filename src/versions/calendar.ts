import ical from 'ical-generator';

export interface CalendarEvent {
  /** The day the version takes effect (all day). */
  date: string;
  title: string;
  description: string;
  url: string;
  /** Unique and stable: the same version always gives the same event, so calendars update it. */
  uid: string;
  /** When the event was made: the day the version was announced, so that builds are reproducible. */
  stamp: string;
  organizer: { name: string; email: string };
}

/** The day a version takes effect as an iCalendar file (RFC 5545), made with ical-generator. */
export function versionCalendar(event: CalendarEvent): string {
  const calendar = ical({
    name: event.title,
    prodId: { company: event.organizer.name, product: 'privacy-statement', language: 'EN' },
  });
  calendar.createEvent({
    id: event.uid,
    start: new Date(`${event.date}T00:00:00Z`),
    allDay: true,
    stamp: new Date(`${event.stamp}T00:00:00Z`),
    summary: event.title,
    description: event.description,
    url: event.url,
    organizer: event.organizer,
  });
  return calendar.toString();
}
