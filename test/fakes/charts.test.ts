import { createGasEnvironment, type GasEnvironment } from './index';

function withScript(code: string): GasEnvironment {
  const env = createGasEnvironment();
  env.load(code);
  return env;
}

describe('embedded charts (Sheet.newChart … insertChart)', () => {
  const env = withScript(`
    function sh() { return SpreadsheetApp.getActiveSheet(); }
    function err(fn) { try { fn(); return 'no error'; } catch (e) { return e.name + ': ' + e.message; } }
    function bars() {
      var s = sh();
      var built = s.newChart()
        .addRange(s.getRange('A1:A4'))
        .addRange(s.getRange('C1:E4'))
        .setNumHeaders(1)
        .setPosition(2, 8, 0, 0)
        .setOption('width', 600)
        .asBarChart()
        .setStacked()
        .setColors(['#0f0', '#ccc', '#f00'])
        .setTitle('Журнал')
        .build();
      var before = built.getChartId();
      s.insertChart(built);
      var chart = s.getCharts()[0];
      return [before, chart.getChartId(), chart.getRanges().map(function (r) { return r.getA1Notation(); }),
        chart.getContainerInfo().getAnchorRow(), chart.getContainerInfo().getAnchorColumn(),
        chart.getOptions().get('title'), chart.getOptions().get('isStacked'), chart.getNumHeaders()];
    }
    function documentedTypes() {
      var s = sh();
      return [
        // Shared methods of a bar builder return the plain EmbeddedChartBuilder (no setStacked).
        err(function () { s.newChart().asBarChart().addRange(s.getRange('A1:B2')).setStacked(); }),
        err(function () { s.newChart().setStacked(); }),
        err(function () { s.newChart().addRange(s.getRange('A1:B2')).build(); }),
        err(function () { s.newChart().asBarChart().build(); }),
        err(function () { s.newChart().setPosition(0, 1, 0, 0); }),
      ];
    }
    function removeAndRefuse() {
      var s = sh();
      var other = SpreadsheetApp.getActiveSpreadsheet().insertSheet('Other');
      var foreign = other.newChart().addRange(other.getRange('A1:B2')).asBarChart().build();
      var results = [err(function () { s.insertChart(foreign); })];
      var chart = s.getCharts()[0];
      results.push(err(function () { s.insertChart(chart); }));
      s.removeChart(chart);
      results.push(s.getCharts().length);
      results.push(err(function () { s.removeChart(chart); }));
      return results;
    }
  `);

  it('builds a stacked bar chart, has no id until inserted, then records it', () => {
    expect(env.call('bars')).toEqual([null, 1, ['A1:A4', 'C1:E4'], 2, 8, 'Журнал', true, 1]);
    expect(env.spreadsheet.sheet('Sheet1')._charts.records()).toEqual([
      {
        id: 1,
        type: 'BAR',
        ranges: ['A1:A4', 'C1:E4'],
        anchor: { row: 2, column: 8 },
        numHeaders: 1,
        options: {
          width: 600,
          isStacked: true,
          colors: ['#0f0', '#ccc', '#f00'],
          title: 'Журнал',
        },
      },
    ]);
  });

  it('follows the documented return types and refuses what the docs leave open', () => {
    const [shared, plain, noType, noRange, position] = env.call('documentedTypes') as string[];
    expect(shared).toMatch(/^TypeError: .*setStacked is not a function/);
    expect(plain).toMatch(/^TypeError: .*setStacked is not a function/);
    expect(noType).toMatch(/chart type is not set/);
    expect(noRange).toMatch(/no data range/);
    expect(position).toBe(
      'Exception: The coordinates of the range are outside the dimensions of the sheet.',
    );
  });

  it('removes a chart; refuses another sheet’s chart, a second insert and a chart not on the sheet', () => {
    const [foreign, twice, left, removed] = env.call('removeAndRefuse') as unknown[];
    expect(foreign).toMatch(/built on another sheet/);
    expect(twice).toMatch(/already on the sheet/);
    expect(left).toBe(0);
    expect(removed).toMatch(/not on this sheet/);
  });
});

describe('conditional format rules', () => {
  const env = withScript(`
    function sh() { return SpreadsheetApp.getActiveSheet(); }
    function err(fn) { try { fn(); return 'no error'; } catch (e) { return e.message; } }
    function rules() {
      var s = sh();
      var n = SpreadsheetApp.InterpolationType.NUMBER;
      var scale = SpreadsheetApp.newConditionalFormatRule()
        .setRanges([s.getRange('B2:B5'), s.getRange('D2:D5')])
        .setGradientMinpointWithValue('#e67c73', n, '50')
        .setGradientMidpointWithValue('#ffd666', n, '80')
        .setGradientMaxpointWithValue('#57bb8a', n, '100')
        .build();
      var red = SpreadsheetApp.newConditionalFormatRule()
        .setRanges([s.getRange('E2:E5')])
        .whenNumberGreaterThan(0)
        .setBackground('#f4c7c3')
        .setBold(true)
        .build();
      s.setConditionalFormatRules([scale, red]);
      var got = s.getConditionalFormatRules();
      var g = got[0].getGradientCondition();
      var b = got[1].getBooleanCondition();
      s.setConditionalFormatRules([red]);
      return [got.length, got[0].getBooleanCondition(), g.getMinValue(), g.getMidType(), g.getMaxColor(),
        b.getCriteriaType(), b.getCriteriaValues(), b.getBackground(), b.getBold(), b.getFontColor(),
        s.getConditionalFormatRules().length];
    }
    function refused() {
      var s = sh();
      var other = SpreadsheetApp.getActiveSpreadsheet().insertSheet('Other');
      var b = function () { return SpreadsheetApp.newConditionalFormatRule(); };
      var elsewhere = b().setRanges([other.getRange('A1')]).whenCellNotEmpty().setBold(true).build();
      return [
        err(function () { b().whenCellNotEmpty().setBold(true).build(); }),
        err(function () { b().setRanges([s.getRange('A1')]).setBold(true).build(); }),
        err(function () { b().setRanges([s.getRange('A1')]).whenCellNotEmpty().build(); }),
        err(function () { b().setRanges([s.getRange('A1')]).whenCellEmpty().setGradientMaxpoint('#fff').setBold(true).build(); }),
        err(function () { b().setGradientMinpointWithValue('#fff', 'LINEAR', '1'); }),
        err(function () { s.setConditionalFormatRules([elsewhere]); }),
      ];
    }
  `);

  it('sets, reads back and replaces a sheet’s rules: a gradient and a boolean rule', () => {
    expect(env.call('rules')).toEqual([
      2,
      null,
      '50',
      'NUMBER',
      '#57bb8a',
      'NUMBER_GREATER_THAN',
      [0],
      '#f4c7c3',
      true,
      null,
      1,
    ]);
    expect(env.spreadsheet.sheet('Sheet1')._rules.records()).toEqual([
      {
        ranges: ['E2:E5'],
        criteria: { type: 'NUMBER_GREATER_THAN', values: [0] },
        format: { background: '#f4c7c3', bold: true },
        gradient: null,
      },
    ]);
  });

  it('refuses rules the docs leave open: no range, no condition, no format, both kinds, another sheet', () => {
    const out = env.call('refused') as string[];
    expect(out[0]).toMatch(/no range/);
    expect(out[1]).toMatch(/no condition/);
    expect(out[2]).toMatch(/no format/);
    expect(out[3]).toMatch(/both a condition and a gradient/);
    expect(out[4]).toMatch(/don't match the method signature/);
    expect(out[5]).toMatch(/range on another sheet/);
  });
});
