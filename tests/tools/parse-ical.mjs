// Parses an iCalendar file with ical.js (a real, independent parser) and prints what it understood as JSON:
// each event's UID, summary, recurrence rule, excluded dates and its first occurrences in UTC.
// Usage: node parse-ical.mjs FILE [COUNT]
import { readFileSync } from "node:fs";
import ICAL from "ical.js";

const [file, countText] = process.argv.slice(2);
const count = Number(countText ?? 40);
const calendar = new ICAL.Component(ICAL.parse(readFileSync(file, "utf8")));
for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);

const events = calendar.getAllSubcomponents("vevent").map((component) => {
  const event = new ICAL.Event(component);
  const occurrences = [];
  const iterator = event.iterator();
  for (let next = iterator.next(); next && occurrences.length < count; next = iterator.next()) {
    const details = event.getOccurrenceDetails(next);
    occurrences.push({ start: details.startDate.toJSDate().toISOString(), end: details.endDate.toJSDate().toISOString() });
  }
  return {
    uid: event.uid,
    summary: event.summary,
    sequence: event.sequence,
    timezone: event.startDate.zone?.tzid ?? null,
    rrule: component.getFirstPropertyValue("rrule")?.toString() ?? null,
    exdates: component.getAllProperties("exdate").flatMap((p) => p.getValues().map((v) => v.toJSDate().toISOString())),
    location: event.location,
    url: component.getFirstPropertyValue("url"),
    occurrences,
  };
});
process.stdout.write(JSON.stringify({ name: calendar.getFirstPropertyValue("x-wr-calname"), events }));
