/**
 * Embedded charts of a sheet, as Google documents them:
 * - Sheet.newChart(), insertChart(chart), getCharts(), removeChart(chart), updateChart(chart):
 *   https://developers.google.com/apps-script/reference/spreadsheet/sheet
 * - EmbeddedChartBuilder: https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder
 * - EmbeddedBarChartBuilder: https://developers.google.com/apps-script/reference/spreadsheet/embedded-bar-chart-builder
 * - EmbeddedChart (getChartId is null until the chart is in a sheet, modify()):
 *   https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart
 * - ContainerInfo: https://developers.google.com/apps-script/reference/spreadsheet/container-info
 *
 * Return types follow the documentation exactly: on a bar builder the methods shared by every
 * builder (addRange, setOption, setPosition, setNumHeaders, …) return the plain
 * EmbeddedChartBuilder, which has no setStacked or setTitle. Whether the real object would still
 * answer them is not documented, so here they are missing (a TypeError), never guessed present.
 * Also not documented, so refused rather than guessed: building a chart without a chart type or
 * without a range, inserting a chart built on another sheet or inserting one twice, removing or
 * updating a chart that is not on the sheet. Ranges do not move when rows are inserted or deleted
 * (the report never does either); charts are never drawn.
 */
import { badSignature, fail, GasObject } from './core';
import type { FakeRange, FakeSheet } from './spreadsheet-app';

/** What a chart is made of; shared by a builder, its views and the chart it builds. */
interface ChartState {
  type: string | null;
  ranges: FakeRange[];
  options: Map<string, unknown>;
  anchor: { row: number; column: number; offsetX: number; offsetY: number };
  numHeaders: number;
}

const copyState = (s: ChartState): ChartState => ({
  type: s.type,
  ranges: [...s.ranges],
  options: new Map(s.options),
  anchor: { ...s.anchor },
  numHeaders: s.numHeaders,
});

const isRange = (v: unknown): v is FakeRange => v instanceof GasObject && v._gasName === 'Range';
const isInteger = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

/** The methods only a bar chart builder has. */
const BAR_ONLY = new Set([
  'reverseCategories',
  'reverseDirection',
  'setBackgroundColor',
  'setColors',
  'setLegendPosition',
  'setLegendTextStyle',
  'setRange',
  'setStacked',
  'setTitle',
  'setTitleTextStyle',
  'setXAxisTextStyle',
  'setXAxisTitle',
  'setXAxisTitleTextStyle',
  'setYAxisTextStyle',
  'setYAxisTitle',
  'setYAxisTitleTextStyle',
  'useLogScale',
]);

/** EmbeddedChartBuilder, or (bar = true) EmbeddedBarChartBuilder, over one chart's state. */
export class FakeEmbeddedChartBuilder extends GasObject {
  constructor(
    readonly _sheet: FakeSheet,
    readonly _state: ChartState,
    readonly _chartId: number | null,
    private readonly bar: boolean,
  ) {
    super(bar ? 'EmbeddedBarChartBuilder' : 'EmbeddedChartBuilder');
  }

  override _hidden(prop: string): boolean {
    return !this.bar && BAR_ONLY.has(prop);
  }

  /** Shared methods return the plain builder, as documented. */
  private plain(): FakeEmbeddedChartBuilder {
    return new FakeEmbeddedChartBuilder(this._sheet, this._state, this._chartId, false);
  }
  private asBar(): FakeEmbeddedChartBuilder {
    return new FakeEmbeddedChartBuilder(this._sheet, this._state, this._chartId, true);
  }

  addRange(range: unknown): FakeEmbeddedChartBuilder {
    if (!isRange(range)) badSignature(`${this._gasName}.addRange`, [range]);
    this._state.ranges.push(range);
    return this.plain();
  }
  removeRange(range: unknown): FakeEmbeddedChartBuilder {
    if (!isRange(range)) badSignature(`${this._gasName}.removeRange`, [range]);
    this._state.ranges = this._state.ranges.filter(
      (r) => r.getA1Notation() !== range.getA1Notation(),
    );
    return this.plain();
  }
  clearRanges(): FakeEmbeddedChartBuilder {
    this._state.ranges = [];
    return this.plain();
  }
  getRanges(): FakeRange[] {
    return [...this._state.ranges];
  }
  setNumHeaders(headers: unknown): FakeEmbeddedChartBuilder {
    if (!isInteger(headers)) badSignature(`${this._gasName}.setNumHeaders`, [headers]);
    this._state.numHeaders = headers;
    return this.plain();
  }
  setOption(option: unknown, value: unknown): FakeEmbeddedChartBuilder {
    if (typeof option !== 'string') badSignature(`${this._gasName}.setOption`, [option, value]);
    this._state.options.set(option, value);
    return this.plain();
  }
  setPosition(
    anchorRowPos: unknown,
    anchorColPos: unknown,
    offsetX: unknown,
    offsetY: unknown,
  ): FakeEmbeddedChartBuilder {
    const args = [anchorRowPos, anchorColPos, offsetX, offsetY];
    if (!args.every(isInteger)) badSignature(`${this._gasName}.setPosition`, args);
    const [row, column, x, y] = args;
    if (row! < 1 || column! < 1 || row! > this._sheet._maxRows || column! > this._sheet._maxCols)
      fail('The coordinates of the range are outside the dimensions of the sheet.');
    this._state.anchor = { row: row!, column: column!, offsetX: x!, offsetY: y! };
    return this.plain();
  }
  getContainer(): FakeContainerInfo {
    return new FakeContainerInfo(this._state.anchor);
  }
  getChartType(): string | null {
    return this._state.type;
  }
  asBarChart(): FakeEmbeddedChartBuilder {
    this._state.type = 'BAR';
    return this.asBar();
  }

  // EmbeddedBarChartBuilder only (hidden on the plain builder).
  setStacked(): FakeEmbeddedChartBuilder {
    this._state.options.set('isStacked', true);
    return this;
  }
  setTitle(chartTitle: unknown): FakeEmbeddedChartBuilder {
    if (typeof chartTitle !== 'string') badSignature(`${this._gasName}.setTitle`, [chartTitle]);
    this._state.options.set('title', chartTitle);
    return this;
  }
  setColors(cssValues: unknown): FakeEmbeddedChartBuilder {
    if (!Array.isArray(cssValues) || !cssValues.every((c) => typeof c === 'string'))
      badSignature(`${this._gasName}.setColors`, [cssValues]);
    this._state.options.set('colors', [...cssValues]);
    return this;
  }
  setXAxisTitle(title: unknown): FakeEmbeddedChartBuilder {
    this._state.options.set('hAxis.title', String(title));
    return this;
  }
  setYAxisTitle(title: unknown): FakeEmbeddedChartBuilder {
    this._state.options.set('vAxis.title', String(title));
    return this;
  }
  reverseCategories(): FakeEmbeddedChartBuilder {
    this._state.options.set('reverseCategories', true);
    return this;
  }

  build(): FakeEmbeddedChart {
    if (this._state.type === null)
      fail('The chart type is not set (the fake refuses: Google does not document this case).');
    if (this._state.ranges.length === 0)
      fail('The chart has no data range (the fake refuses: Google does not document this case).');
    return new FakeEmbeddedChart(this._sheet, copyState(this._state), this._chartId);
  }
}

/** Where a chart sits: its anchor cell and the offset from it in pixels. */
export class FakeContainerInfo extends GasObject {
  constructor(private readonly anchor: ChartState['anchor']) {
    super('ContainerInfo');
  }
  getAnchorRow(): number {
    return this.anchor.row;
  }
  getAnchorColumn(): number {
    return this.anchor.column;
  }
  getOffsetX(): number {
    return this.anchor.offsetX;
  }
  getOffsetY(): number {
    return this.anchor.offsetY;
  }
}

/** The options a chart was built with. */
export class FakeChartOptions extends GasObject {
  constructor(private readonly options: ReadonlyMap<string, unknown>) {
    super('ChartOptions');
  }
  get(option: string): unknown {
    return this.options.get(String(option)) ?? null;
  }
  getOrDefault(option: string): unknown {
    return this.get(option);
  }
}

/** A built chart; it is on the sheet only once insertChart took it. */
export class FakeEmbeddedChart extends GasObject {
  constructor(
    readonly _sheet: FakeSheet,
    readonly _state: ChartState,
    readonly _chartId: number | null,
  ) {
    super('EmbeddedChart');
  }
  getChartId(): number | null {
    return this._chartId;
  }
  getRanges(): FakeRange[] {
    return [...this._state.ranges];
  }
  getNumHeaders(): number {
    return this._state.numHeaders;
  }
  getOptions(): FakeChartOptions {
    return new FakeChartOptions(this._state.options);
  }
  getContainerInfo(): FakeContainerInfo {
    return new FakeContainerInfo(this._state.anchor);
  }
  modify(): FakeEmbeddedChartBuilder {
    const bar = this._state.type === 'BAR';
    return new FakeEmbeddedChartBuilder(this._sheet, copyState(this._state), this._chartId, bar);
  }
}

/** A chart as tests read it: its type, ranges in A1 notation, anchor and options. */
export interface ChartRecord {
  readonly id: number;
  readonly type: string | null;
  readonly ranges: string[];
  readonly anchor: { row: number; column: number };
  readonly numHeaders: number;
  readonly options: Record<string, unknown>;
}

/** The charts of one sheet (the FakeSheet hooks delegate here). */
export class SheetCharts {
  private readonly charts: FakeEmbeddedChart[] = [];
  private nextId = 1;

  constructor(private readonly sheet: FakeSheet) {}

  newChart(): FakeEmbeddedChartBuilder {
    const state: ChartState = {
      type: null,
      ranges: [],
      options: new Map(),
      anchor: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
      numHeaders: -1,
    };
    return new FakeEmbeddedChartBuilder(this.sheet, state, null, false);
  }

  insert(chart: unknown): void {
    if (!(chart instanceof FakeEmbeddedChart)) badSignature('Sheet.insertChart', [chart]);
    if (chart._sheet !== this.sheet)
      fail('The chart was built on another sheet (the fake refuses: not documented).');
    if (chart._chartId !== null)
      fail('The chart is already on the sheet (the fake refuses: not documented).');
    this.charts.push(new FakeEmbeddedChart(this.sheet, chart._state, this.nextId++));
  }

  list(): FakeEmbeddedChart[] {
    return [...this.charts];
  }

  remove(chart: unknown): void {
    const at = this.indexOf(chart, 'removeChart');
    this.charts.splice(at, 1);
  }

  update(chart: unknown): void {
    const at = this.indexOf(chart, 'updateChart');
    const built = chart as FakeEmbeddedChart;
    this.charts[at] = new FakeEmbeddedChart(this.sheet, built._state, built._chartId);
  }

  private indexOf(chart: unknown, method: string): number {
    if (!(chart instanceof FakeEmbeddedChart)) badSignature(`Sheet.${method}`, [chart]);
    const at = this.charts.findIndex((c) => c._chartId !== null && c._chartId === chart._chartId);
    if (at < 0) fail('The chart is not on this sheet (the fake refuses: not documented).');
    return at;
  }

  /** Test helper: the charts as plain data (uncounted). */
  records(): ChartRecord[] {
    return this.charts.map((c) => ({
      id: c._chartId ?? 0,
      type: c._state.type,
      ranges: c._state.ranges.map((r) => r.getA1Notation()),
      anchor: { row: c._state.anchor.row, column: c._state.anchor.column },
      numHeaders: c._state.numHeaders,
      options: Object.fromEntries(c._state.options),
    }));
  }
}
