import { findRudderCalls, hasRudderCall, letFileForm, replaceCalls } from './formulaScan';

describe('finding RUDDER.* calls in formula text', () => {
  it('finds a call nested inside another formula, with its arguments split at the top level only', () => {
    const formula = '=IF(RUDDER.KPI_STATUS(B2,C2,"lower",MAX(D2,E2))="Missed","Call Jon","")';
    const [call] = findRudderCalls(formula);
    expect(call).toMatchObject({ name: 'KPI_STATUS', args: ['B2', 'C2', '"lower"', 'MAX(D2,E2)'], whole: false });
    expect(formula.slice(call.start, call.end)).toBe('RUDDER.KPI_STATUS(B2,C2,"lower",MAX(D2,E2))');
  });

  it('marks a call that is the whole formula', () => {
    expect(findRudderCalls('=RUDDER.SMARTSCORE(A2)')[0]).toMatchObject({ name: 'SMARTSCORE', whole: true });
  });

  it('does not match the name inside a string or a quoted sheet name', () => {
    expect(hasRudderCall('="Use RUDDER.KPI_STATUS(B2,C2) for this"')).toBe(false);
    expect(hasRudderCall("='RUDDER.KPI_STATUS(x'!A1+1")).toBe(false);
    // A comma or bracket inside a string argument does not split it.
    expect(findRudderCalls('=RUDDER.SMARTTIPS("Grow (a lot), fast")')[0].args).toEqual(['"Grow (a lot), fast"']);
  });

  it('reads the spellings files use: _xldudf_RUDDER_NAME and _xll.RUDDER.NAME, and lower case', () => {
    expect(findRudderCalls('=_xldudf_RUDDER_KPI_PROGRESS(H2,G2)')[0]).toMatchObject({
      name: 'KPI_PROGRESS',
      args: ['H2', 'G2'],
    });
    expect(findRudderCalls('=_xll.RUDDER.SMARTSCORE(A2)')[0].name).toBe('SMARTSCORE');
    expect(findRudderCalls('=rudder.kpi_status(b2,c2)')[0].name).toBe('KPI_STATUS');
  });

  it('is not fooled by a longer name or a sheet called RUDDER', () => {
    expect(hasRudderCall('=MYRUDDER.KPI_STATUS(B2,C2)')).toBe(false);
    expect(hasRudderCall('=RUDDER.A1+1')).toBe(false);
  });

  it('gives the outermost call when calls are nested, with the inner one in its arguments', () => {
    const calls = findRudderCalls('=RUDDER.SMARTTIPS(RUDDER.SMARTSCORE(A2))+RUDDER.SMARTSCORE(B2)');
    expect(calls.map((c) => c.name)).toEqual(['SMARTTIPS', 'SMARTSCORE']);
    expect(calls[0].args).toEqual(['RUDDER.SMARTSCORE(A2)']);
  });

  it('replaces each call and keeps the text around it', () => {
    const formula = '=IF(RUDDER.KPI_STATUS(B2,C2)="Missed",1,RUDDER.KPI_PROGRESS(B2,C2))';
    expect(replaceCalls(formula, findRudderCalls(formula), ['"At risk"', '0.5'])).toBe('=IF("At risk"="Missed",1,0.5)');
  });
});

describe('LET as .xlsx files store it', () => {
  it('prefixes LET and the names it binds, not strings, cells or other functions', () => {
    expect(letFileForm('=LET(x,A1*2,y,x+1,IF(y>2,"x LET(y",y))')).toBe(
      '=_xlfn.LET(_xlpm.x,A1*2,_xlpm.y,_xlpm.x+1,IF(_xlpm.y>2,"x LET(y",_xlpm.y))',
    );
  });

  it('leaves structured references, formulas without LET and already stored text as they are', () => {
    expect(letFileForm('=LET(Actual,[@Actual],Actual*2)')).toBe('=_xlfn.LET(_xlpm.Actual,[@Actual],_xlpm.Actual*2)');
    expect(letFileForm('=IF(A1>1,B2,C3)')).toBe('=IF(A1>1,B2,C3)');
    const stored = letFileForm('=LET(x,1,x)');
    expect(letFileForm(stored)).toBe(stored);
  });
});
