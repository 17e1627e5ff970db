/**
 * Where each agency is named in the parsed reports, so that every alias in
 * the catalogue can be traced to a line. A sighting is a name as printed that
 * resolved to a registry id: a statistics row label, a reporting-compliance
 * label, an assignment entry or the agency prefix of a per-agency sub-result.
 */
import type { Agency, PeriodDataset, Provenance, Task, TaskResult } from '../dataset/schema';

export interface AgencySighting {
  agencyId: string;
  text: string;
  provenance: Provenance;
}

function resultSightings(task: Task, result: TaskResult): AgencySighting[] {
  // A sub-result's name is in the result cell; a result without a line of its own (a lost page) names nobody.
  const provenance = result.provenance ?? task.provenance;
  return result.subResults.flatMap((sub) =>
    sub.agencyId === null ? [] : [{ agencyId: sub.agencyId, text: sub.agencyText, provenance }],
  );
}

function taskSightings(task: Task): AgencySighting[] {
  const assigned = task.assignment.entries.flatMap((entry) =>
    entry.agencyId === null ? [] : [{ agencyId: entry.agencyId, text: entry.text, provenance: task.provenance }],
  );
  return [...assigned, ...[task.current, ...task.otherResults].flatMap((result) => resultSightings(task, result))];
}

function datasetSightings(dataset: PeriodDataset): AgencySighting[] {
  const rows = dataset.tables.flatMap((table) =>
    table.rows.flatMap((row) =>
      row.agencyId === null ? [] : [{ agencyId: row.agencyId, text: row.label, provenance: row.provenance }],
    ),
  );
  const compliance = dataset.reportingCompliance.flatMap((record) =>
    record.agencyId === null ? [] : [{ agencyId: record.agencyId, text: record.label, provenance: record.provenance }],
  );
  return [...rows, ...compliance, ...dataset.tasks.flatMap(taskSightings)];
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** File order: by report file, then line, then the text itself, so ties never depend on parsing order. */
function compareSightings(a: AgencySighting, b: AgencySighting): number {
  return (
    compareText(a.provenance.file, b.provenance.file) ||
    a.provenance.line - b.provenance.line ||
    (a.provenance.lineEnd ?? a.provenance.line) - (b.provenance.lineEnd ?? b.provenance.line) ||
    compareText(a.text, b.text)
  );
}

/** Every agency name met in the datasets: the first occurrence of each distinct spelling per agency, in file order. */
export function collectSightings(datasets: readonly PeriodDataset[]): AgencySighting[] {
  const seen = new Set<string>();
  return datasets
    .flatMap(datasetSightings)
    .map((sighting) => ({ ...sighting, text: sighting.text.replace(/\s+/g, ' ').trim() }))
    .filter((sighting) => sighting.text !== '')
    .sort(compareSightings)
    .filter((sighting) => {
      const key = `${sighting.agencyId}\u0000${sighting.text}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** The registry agencies with their sightings attached; every sighted spelling becomes an alias. */
export function withSightings(agencies: readonly Agency[], sightings: readonly AgencySighting[]): Agency[] {
  const byAgency = new Map<string, AgencySighting[]>();
  for (const sighting of sightings) {
    const list = byAgency.get(sighting.agencyId) ?? [];
    list.push(sighting);
    byAgency.set(sighting.agencyId, list);
  }
  const unknown = [...byAgency.keys()].filter((id) => !agencies.some((agency) => agency.id === id));
  if (unknown.length > 0) throw new Error(`Sighted agency ids missing from the registry: ${unknown.join(', ')}`);
  return agencies.map((agency) => {
    const own = byAgency.get(agency.id) ?? [];
    return {
      ...agency,
      aliases: [...new Set([...agency.aliases, ...own.map((sighting) => sighting.text)])],
      sightings: own.map(({ text, provenance }) => ({ text, provenance })),
    };
  });
}
