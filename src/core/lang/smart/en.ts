import type { SmartLexicon } from '../../smart/lexicon/types';

const words = (text: string): readonly string[] => text.trim().split(/\s+/);

/** English words for the SMART engine. */
export const EN: SmartLexicon = {
  language: 'en',
  stopWords: words(`
    a an the and or but nor so yet of to in on at by for with from into onto over under about as than then
    this that these those there here it its it's is are was were be been being am do does did done doing
    have has had having will would shall should can could may might must i me my mine we us our ours you your
    they them their he him his she her who whom whose which what when where why how all any each every both
    either neither some such no not only own same very too just also if while during before after until till
    up down out off again further once per via vs etc e.g i.e eg ie including include includes like such
    least most at-least minimum maximum max min around about approximately roughly nearly almost
    self one's else whether whatever whenever between among within without other others
  `),
  vagueVerbs: words(`
    improve improving improved enhance enhancing optimise optimize optimising optimizing explore exploring
    focus focusing try trying consider considering aim aiming strive striving support supporting
    address addressing handle handling tackle tackling leverage leveraging streamline streamlining
    look looking think thinking work working strengthen strengthening foster fostering promote promoting
    encourage encouraging establish establishing find finding seek seeking pursue pursuing
    develop developing prioritise prioritize prioritising prioritizing embrace embracing
    be become becoming grow growing control controlling manage managing adjust adjusting
  `),
  lightVerbs: words(`
    take taking get getting make making go going goes use using put putting give giving set setting
    keep keeping start starting continue continuing begin beginning want need needs let
  `),
  genericWords: words(`
    thing things stuff everything something anything business company organisation organization
    performance results result outcomes outcome operations operation processes process efficiency productivity
    marketing sales revenue growth success progress service services quality communication
    area areas aspect aspects way ways option options strategy strategies approach approaches
    activity activities effort efforts initiative initiatives feature features content
    better best good great healthier healthy stronger overall general various different variety
    regular regularly consistent consistently more less lot lots much many
    exercise exercises exercising workout fitness fit diet food health lifestyle wellbeing wellness
    medication medications medicine medicines app useful balance level levels
    work job tasks task team people staff mindful plenty
  `),
  increaseVerbs: words(`
    increase increasing raise raising grow growing boost boosting lift lifting expand expanding double doubling
    triple tripling gain win add adding reach attract improve improving
  `),
  decreaseVerbs: words(`
    reduce reducing cut cutting lower lowering decrease decreasing halve halving shrink minimise minimize
    limit limiting drop dropping slash trim eliminate eliminating avoid
  `),
  maintainVerbs: words('maintain maintaining keep keeping hold holding sustain sustaining stay stabilise stabilize'),
  milestoneVerbs: words(`
    launch launching open opening hire hiring recruit complete completing finish finishing publish publishing
    submit submitting send sending sign register registering book booking schedule scheduling install installing
    deliver delivering release releasing ship implement implementing introduce introducing create build
    buy purchase apply enrol enroll enquire inquire close renew renovate replace replacing move set-up setup
    certify pass secure train announce document deploy merge migrate draft write adopt redesign rebuild
    automate organise organize host form decide determine update standardise standardize add
  `),
  changeByWords: ['by'],
  ordinalWords: words('second third fourth fifth sixth seventh eighth ninth tenth'),
  deliverableWords: words(`
    plan policy roadmap program programme council committee dashboard website site page channel report guide
    handbook runbook template app course survey prototype newsletter menu shop store workshop campaign
  `),
  aspirationalWords: words(`
    world excellence leading resilient sustainable empower thriving vibrant robust seamless strong culture
    vision impact innovative innovation transform holistic synergy integrity stewardship capacity
  `),
  verbLast: false,
  abstractWords: words('justice rights transparency accountability trust awareness foundation insight potential power'),
  comparatives: words(`
    more less fewer higher lower better faster slower bigger smaller greater cheaper quicker stronger
    healthier increased reduced
  `),
  outcomes: {
    customers: words(`
      customer client guest patron buyer shopper member subscriber user visitor repeat loyalty retention
      churn satisfaction nps csat review referral lead booking order footfall conversion account wholesale
      contract deal
    `),
    revenue: words('revenue sale turnover income sell selling profit earning cash price ticket basket spend'),
    cost: words('cost expense spending overhead waste saving bill invoice debt payable overtime'),
    margin: words('margin markup profitability ebitda gross'),
    quality: words(`
      quality defect complaint error return refund rework accuracy on-time delay downtime rating reliability
      freshness
    `),
    people: words(`
      employee staff team people hire turnover absence engagement morale training skill apprentice
      volunteer workforce wellbeing
    `),
    community: words('community local neighbourhood neighborhood charity school donation partner supplier'),
    safety: words('safety accident incident injury hazard compliance hygiene inspection risk'),
    wellbeing: words(`
      health wellbeing fitness sleep stress weight blood pressure cholesterol statin medication diet
      nutrition steps
    `),
    growth: words('growth expansion branch location store shop outlet export'),
  },
  actionVerbs: words(`
    sell post review answer reply respond run call clean visit attend write update collect offer serve bake
    cook tidy repaint paint email hold host meet check test measure track ask contact follow pay save spend
    earn hit achieve plan organise organize join print redesign refresh fix repair restock source prepare
    greet thank reward welcome invite share upload advertise sponsor donate mentor coach teach learn practise
    practice pitch automate digitise digitize outsource negotiate renegotiate switch chase have do
  `),
  activityWords: words(`
    meeting meetings marketing post posts posting email emails newsletter newsletters call calls brainstorm
    report reports presentation social media campaign campaigns workshop workshops event events
  `),
  metricWords: words(`
    nps csat rating score margin conversion churn retention occupancy utilisation utilization yield
    uptime aov basket roi roas ctr
  `),
  numberWords: {
    zero: 0,
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    thirteen: 13,
    fourteen: 14,
    fifteen: 15,
    sixteen: 16,
    seventeen: 17,
    eighteen: 18,
    nineteen: 19,
    twenty: 20,
    thirty: 30,
    forty: 40,
    fifty: 50,
    sixty: 60,
    seventy: 70,
    eighty: 80,
    ninety: 90,
    dozen: 12,
    half: 0.5,
  },
  scaleWords: { hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 },
  magnitudeSuffixes: { k: 1_000, m: 1_000_000, mn: 1_000_000, bn: 1_000_000_000, b: 1_000_000_000 },
  multiplierWords: { double: 2, doubling: 2, triple: 3, tripling: 3, quadruple: 4, halve: 0.5, halving: 0.5 },
  occurrenceWords: { once: 1, twice: 2, thrice: 3 },
  timesWords: words('times time x'),
  frequencyAdverbs: {
    daily: 'day',
    everyday: 'day',
    nightly: 'day',
    weekly: 'week',
    fortnightly: 'fortnight',
    monthly: 'month',
    quarterly: 'quarter',
    annually: 'year',
    yearly: 'year',
    hourly: 'hour',
  },
  everyWords: words('every each per'),
  recurringSlots: {
    monday: 'week',
    tuesday: 'week',
    wednesday: 'week',
    thursday: 'week',
    friday: 'week',
    saturday: 'week',
    sunday: 'week',
    mondays: 'week',
    tuesdays: 'week',
    wednesdays: 'week',
    thursdays: 'week',
    fridays: 'week',
    saturdays: 'week',
    sundays: 'week',
    weekend: 'week',
    weekends: 'week',
    weekday: 'week',
    weekdays: 'week',
    morning: 'day',
    mornings: 'day',
    evening: 'day',
    evenings: 'day',
    night: 'day',
    nights: 'day',
    afternoon: 'day',
    afternoons: 'day',
    lunchtime: 'day',
    shift: 'day',
  },
  periodMonths: {
    day: 1 / 30,
    days: 1 / 30,
    week: 12 / 52,
    weeks: 12 / 52,
    fortnight: 24 / 52,
    fortnights: 24 / 52,
    month: 1,
    months: 1,
    quarter: 3,
    quarters: 3,
    year: 12,
    years: 12,
    season: 3,
    semester: 6,
    term: 4,
    fy: 12,
    mth: 1,
    mths: 1,
    yr: 12,
    yrs: 12,
    wk: 12 / 52,
    wks: 12 / 52,
  },
  durationUnits: words('second seconds sec secs minute minutes min mins hour hours hr hrs h'),
  percentWords: words('percent per-cent pct'),
  currencySymbols: { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₩': 'KRW', '₦': 'NGN' },
  currencyWords: {
    dollar: 'USD',
    dollars: 'USD',
    usd: 'USD',
    euro: 'EUR',
    euros: 'EUR',
    eur: 'EUR',
    pound: 'GBP',
    pounds: 'GBP',
    gbp: 'GBP',
    quid: 'GBP',
    aud: 'AUD',
    cad: 'CAD',
    nzd: 'NZD',
    chf: 'CHF',
    rupees: 'INR',
    inr: 'INR',
    yen: 'JPY',
    rand: 'ZAR',
    zar: 'ZAR',
    sgd: 'SGD',
    eu: 'EUR',
  },
  labelWords: words(`
    module version level phase step stage room page chapter item number no unit route lane aisle gate
    floor building ward grade tier plan size
  `),
  deadlineWords: words('by before until till due deadline no-later'),
  spanWords: words('within in over inside across'),
  relativeWords: { this: 0, current: 0, next: 1, coming: 1, following: 1, upcoming: 1 },
  endWords: words('end close finish'),
  eventWords: words(`
    session meeting review visit appointment check-in checkin catch-up audit board inspection season
    launch opening
  `),
  // Month names (of any language the date reader knows) that are also everyday English words:
  // "set up", "fit-out", "a year ago" are not September, October or August.
  ambiguousMonths: words('may march mar sat sun set out ago mars'),
  periodQualifiers: words('financial fiscal calendar business school tax full whole working'),
  vagueTimeWords: words('soon asap eventually someday sometime later future shortly whenever'),
  confidenceWords: words('confidence confident sure certain'),
  outOfWords: words('out of'),
  resourceWords: words(`
    budget budgeted funding funded fund grant loan investment invest hires headcount capacity contractor
    contractors approved allocated
  `),
  boundWords: words('least most than only exactly minimum maximum max min just over under'),
  rangeJoinWords: words('to through thru and'),
  fromWords: words('from'),
  // English has "from" alone: it opens both a change and the end of the goal's object.
  changeFromWords: [],
  betweenWords: words('between'),
  clockWords: words('am pm a.m p.m'),
  perWords: words('a an per each every'),
  synonyms: [
    words('customer client guest patron buyer shopper consumer visitor member'),
    words('revenue sale sales turnover income takings'),
    words('profit margin profitability earning'),
    words('cost expense spend spending overhead'),
    words('staff employee team people worker workforce colleague crew'),
    words('community local neighbourhood neighborhood town city region'),
    words('quality excellence craft standard defect complaint'),
    words('sustainable sustainability green environment environmental eco waste recycle carbon'),
    words('safety safe accident injury hazard'),
    words('growth grow expand expansion scale'),
    words('online digital web website ecommerce e-commerce internet'),
    words('innovation innovative new novel'),
    words('fresh freshness homemade handmade artisan'),
    words('health healthy wellbeing wellness fitness'),
    words('service support help care'),
    words('loyalty retention repeat returning loyal'),
  ],
  weekdays: { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 },
  holidays: {
    christmas: { month: 12, day: 25 },
    xmas: { month: 12, day: 25 },
    halloween: { month: 10, day: 31 },
    "valentine's": { month: 2, day: 14 },
    valentines: { month: 2, day: 14 },
    hogmanay: { month: 12, day: 31 },
    easter: 'easter',
  },
  sameWords: words('same'),
  // Meteorological seasons of the northern hemisphere, where most of our users are.
  seasons: { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 },
  articles: words('the'),
  ofWords: words('of'),
  suffixes: words('ational ations ation ments ment ness ings ing edly ies ied ers er ed ly s'),
};
