export * from './types';
export { TUNING, type Tuning, MIN_POINTS_FORECAST, MIN_POINTS_TREND, ON_COURSE_CHANCE } from './constants';
export { cleanSeries, seriesOf, type CleanedSeries, type SeriesInput } from './series';
export { forecastAt, FORECAST_MESSAGES, type ForecastOutcome } from './forecast';
export { trendOf } from './trend';
export { outlookOf, chanceOf, chanceOfMeeting, meetsTarget, type OutlookInput } from './outlook';
export { spacingOf, type Spacing } from './spacing';
