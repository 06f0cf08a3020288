/** Check-ins: which KPIs are due for a new value, and the history rows a check-in adds. */
export {
  checkinKpis,
  lastEndedPeriod,
  nextPeriodEnd,
  outlookOfKpi,
  periodOfFrequency,
  type CheckinKpi,
  type CheckinPeriod,
} from './due';
export {
  CHECKIN_MESSAGES,
  planCheckin,
  type CheckinEntry,
  type CheckinPlan,
  type HistoryRow,
  type Replacement,
} from './entries';
export {
  planLatestSwitch,
  type KpiCellRead,
  type KpiCellWrite,
  type KpiLatestColumns,
  type LatestSwitch,
} from './latest';
