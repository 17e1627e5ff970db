export { reconcilePeriod, summarizeFindings, type FindingsSummary } from './reconcile';
