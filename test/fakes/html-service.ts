import vm from 'node:vm';
import { asString, fail, GasObject, type GasState } from './core';

const escapeHtml = (s: string): string =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/** HtmlOutput: HTML content plus title and size, shown by Ui.showSidebar / showModalDialog. */
export class FakeHtmlOutput extends GasObject {
  private title = '';
  private width: number | null = null;
  private height: number | null = null;
  private sandboxMode = 'IFRAME';
  private xFrame = 'DEFAULT';

  constructor(
    private readonly state: GasState | null,
    private content = '',
  ) {
    super('HtmlOutput');
  }

  append(html: string): FakeHtmlOutput {
    this.content += String(html);
    return this;
  }
  appendUntrusted(text: string): FakeHtmlOutput {
    this.content += escapeHtml(String(text));
    return this;
  }
  setContent(html: string): FakeHtmlOutput {
    this.content = String(html);
    return this;
  }
  getContent(): string {
    return this.content;
  }
  setTitle(title: string): FakeHtmlOutput {
    this.title = String(title);
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setWidth(w: number): FakeHtmlOutput {
    this.width = w;
    return this;
  }
  getWidth(): number | null {
    return this.width;
  }
  setHeight(h: number): FakeHtmlOutput {
    this.height = h;
    return this;
  }
  getHeight(): number | null {
    return this.height;
  }
  setSandboxMode(mode: string): FakeHtmlOutput {
    this.sandboxMode = String(mode);
    return this;
  }
  getSandboxMode(): string {
    return this.sandboxMode;
  }
  setXFrameOptionsMode(mode: string): FakeHtmlOutput {
    this.xFrame = String(mode);
    return this;
  }
  asTemplate(): FakeHtmlTemplate {
    if (!this.state)
      fail(
        'Unexpected error while getting the method or property asTemplate on object HtmlOutput.',
      );
    return new FakeHtmlTemplate(this.state, this.content);
  }
  /** Snapshot for assertions (not a real method). */
  _snapshot(): {
    title: string;
    content: string;
    width: number | null;
    height: number | null;
    xFrame: string;
  } {
    return {
      title: this.title,
      content: this.content,
      width: this.width,
      height: this.height,
      xFrame: this.xFrame,
    };
  }
}

/** Compiles Apps Script template syntax (<? ?>, <?= ?>, <?!= ?>) into a function body. */
function compileTemplate(src: string): string {
  let body = 'var __out = "";\n';
  const re = /<\?(!?=)?([\s\S]*?)\?>/g;
  let last = 0;
  for (let m = re.exec(src); m; m = re.exec(src)) {
    body += `__out += ${JSON.stringify(src.slice(last, m.index))};\n`;
    const code = m[2] ?? '';
    if (m[1] === '=') body += `__out += __esc(${code});\n`;
    else if (m[1] === '!=') body += `__out += __raw(${code});\n`;
    else body += `${code}\n`;
    last = re.lastIndex;
  }
  body += `__out += ${JSON.stringify(src.slice(last))};\nreturn __out;`;
  return body;
}

/** HtmlTemplate: properties set on it are visible to its scriptlets; evaluate() runs them in the context. */
export class FakeHtmlTemplate extends GasObject {
  readonly _props: Record<string, unknown> = Object.create(null) as Record<string, unknown>;

  constructor(
    private readonly state: GasState,
    private readonly source: string,
  ) {
    super('HtmlTemplate');
  }

  /** Runs the scriptlets (in the script's context, so globals and script functions are visible). */
  evaluate(): FakeHtmlOutput {
    const code = `(function (__t, __esc, __raw) { with (__t) { ${compileTemplate(this.source)} } })`;
    const fn = vm.runInContext(code, this.state.realm.context, { filename: 'template.html' }) as (
      t: unknown,
      e: (v: unknown) => string,
      r: (v: unknown) => string,
    ) => string;
    const str = (v: unknown): string => (v === undefined || v === null ? '' : asString(v));
    return new FakeHtmlOutput(
      this.state,
      fn(this._props, (v) => escapeHtml(str(v)), str),
    );
  }

  getRawContent(): string {
    return this.source;
  }
}

/** HtmlService: outputs, templates, files from env.htmlFiles. */
export class FakeHtmlService extends GasObject {
  readonly SandboxMode = Object.freeze({
    EMULATED: 'EMULATED',
    IFRAME: 'IFRAME',
    NATIVE: 'NATIVE',
  });
  readonly XFrameOptionsMode = Object.freeze({ ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' });

  constructor(private readonly state: GasState) {
    super('HtmlService');
  }

  private file(name: string): string {
    const key = String(name).replace(/\.html$/, '');
    const html = this.state.htmlFiles[key] ?? this.state.htmlFiles[`${key}.html`];
    if (html === undefined) fail(`No HTML file named ${key} was found.`);
    return html;
  }

  createHtmlOutput(html: unknown = ''): FakeHtmlOutput {
    return new FakeHtmlOutput(this.state, typeof html === 'string' ? html : String(html));
  }

  createHtmlOutputFromFile(name: string): FakeHtmlOutput {
    return this.createHtmlOutput(this.file(name));
  }

  createTemplate(html: string): FakeHtmlTemplate {
    return new FakeHtmlTemplate(this.state, String(html));
  }

  createTemplateFromFile(name: string): FakeHtmlTemplate {
    return new FakeHtmlTemplate(this.state, this.file(name));
  }
}
