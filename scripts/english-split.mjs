// Takes the English messages that are plain data out of the Apps Script bundle (see
// docs/decisions.md «The bundle's size»). In each src/i18n file, the English objects (`en`,
// `<capability>En`) lose every property that is a string, a list of strings or a template — an
// arrow function whose body is text made only of its parameters, their properties, `?:` on tests
// of them and joined texts (`(cls, day) => \`Schedule of ${cls} for ${day}\``) — and those go to
// build/English.html as data; src/i18n/english-data.ts fills them back, compiled, when an English
// school first asks. What stays is code with other logic (calls, `switch`, helpers), regular
// expressions, and the names people may type in either language (ENGLISH_NAMES below: the bundle
// matches them without reading the file). The same pass moves the long texts only setup uses
// (SETUP_TEXTS) to build/Setup.html, leaving a getter that reads that file on first use.
import ts from 'typescript';

/**
 * The English names the bundle always keeps, as `<export>.<path>` (`*` for any key): they are
 * what `Names` in src/i18n/names.ts offers both languages, so keep the two lists together.
 */
export const ENGLISH_NAMES = [
  'en.appName',
  'en.sheets',
  'en.labels',
  'en.aliases',
  'en.headerAliases',
  'en.yes',
  'en.no',
  'en.yesAliases',
  'en.noAliases',
  'en.weekdaysShort',
  'formsEn.forms.*.sheet',
  'formsEn.questions',
  'privacyEn.erased',
  'reportEn.sheetName',
  'reportEn.surveySheets',
  'reportEn.sections',
  'reportEn.none',
  'summaryEn.method',
];

/**
 * Long texts of either language that only setup uses (setting descriptions, the forms' texts),
 * moved to the project file «Setup»: each is left in Code.js as a getter that reads the file on
 * first use, so whoever asks gets the text and only setup pays the read.
 */
export const SETUP_TEXTS = [
  'ru.settingDescriptions',
  'formsRu.forms.*.description',
  'formsRu.forms.*.confirmation',
  'formsRu.help',
];

const matches = (list, path) =>
  list.some((name) => {
    const parts = name.split('.');
    return parts.length === path.length && parts.every((p, i) => p === '*' || p === path[i]);
  });

const kept = (path) =>
  ENGLISH_NAMES.some((name) => {
    const parts = name.split('.');
    return parts.length <= path.length && parts.every((p, i) => p === '*' || p === path[i]);
  });

const isEnglish = (name) => name === 'en' || /^[a-z]+En$/.test(name);
const isRussian = (name) => name === 'ru' || /^[a-z]+Ru$/.test(name);

function keyOf(name) {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name)) return name.text;
  return undefined;
}

const COMPARISONS = {
  [ts.SyntaxKind.EqualsEqualsEqualsToken]: '===',
  [ts.SyntaxKind.ExclamationEqualsEqualsToken]: '!==',
  [ts.SyntaxKind.GreaterThanToken]: '>',
  [ts.SyntaxKind.LessThanToken]: '<',
  [ts.SyntaxKind.GreaterThanEqualsToken]: '>=',
  [ts.SyntaxKind.LessThanEqualsToken]: '<=',
};

const unwrap = (node) => {
  while (ts.isParenthesizedExpression(node)) node = node.expression;
  return node;
};

/** A parameter or a parameter's property: `{ p: 0 }`, `{ p: 0, k: 'subject' }`. */
function refOf(node, params) {
  node = unwrap(node);
  if (ts.isIdentifier(node)) {
    const p = params.indexOf(node.text);
    return p < 0 ? undefined : { p };
  }
  if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression)) {
    const p = params.indexOf(node.expression.text);
    return p < 0 || !ts.isIdentifier(node.name) ? undefined : { p, k: node.name.text };
  }
  return undefined;
}

/** A literal a test compares with. */
function literalOf(node) {
  node = unwrap(node);
  if (ts.isNumericLiteral(node)) return { v: Number(node.text) };
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return { v: node.text };
  if (node.kind === ts.SyntaxKind.TrueKeyword) return { v: true };
  if (node.kind === ts.SyntaxKind.FalseKeyword) return { v: false };
  return undefined;
}

/** A condition: a reference's truth (`n`, `!n`) or its comparison with a literal (`n === 1`). */
function testOf(node, params) {
  node = unwrap(node);
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.ExclamationToken) {
    const inner = testOf(node.operand, params);
    return inner && !inner.not ? { ...inner, not: true } : undefined;
  }
  const ref = refOf(node, params);
  if (ref) return ref;
  if (ts.isBinaryExpression(node) && COMPARISONS[node.operatorToken.kind]) {
    const left = refOf(node.left, params);
    const right = literalOf(node.right);
    if (left && right) return { ...left, op: COMPARISONS[node.operatorToken.kind], ...right };
  }
  return undefined;
}

/**
 * The parts of a text-valued expression: strings, parameter indexes, references and choices
 * (`{ c: test, t: parts, f: parts }`); undefined for anything else (calls, arithmetic).
 */
function partsOf(node, params, asText) {
  node = unwrap(node);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node)) {
    const parts = [node.head.text];
    for (const span of node.templateSpans) {
      const inner = partsOf(span.expression, params, true);
      if (!inner) return undefined;
      parts.push(...inner, span.literal.text);
    }
    return parts;
  }
  if (ts.isConditionalExpression(node)) {
    const c = testOf(node.condition, params);
    const t = partsOf(node.whenTrue, params, asText);
    const f = partsOf(node.whenFalse, params, asText);
    return c && t && f ? [{ c, t, f }] : undefined;
  }
  if (isConcatenation(node)) {
    // Only text + text: with a parameter on either side `+` could be a sum.
    const left = partsOf(node.left, params, false);
    const right = partsOf(node.right, params, false);
    return left && right ? [...left, ...right] : undefined;
  }
  // A bare reference is text only inside `${}`: `(n) => n` would return the value itself.
  if (asText) {
    const ref = refOf(node, params);
    if (ref) return [ref.k === undefined ? ref.p : ref];
  }
  return undefined;
}

/** A string or a template literal, or such texts joined by `+`: `+` on them concatenates. */
const isText = (node) => {
  node = unwrap(node);
  return (
    ts.isStringLiteral(node) ||
    ts.isNoSubstitutionTemplateLiteral(node) ||
    ts.isTemplateExpression(node) ||
    isConcatenation(node)
  );
};

const isConcatenation = (node) =>
  ts.isBinaryExpression(node) &&
  node.operatorToken.kind === ts.SyntaxKind.PlusToken &&
  isText(node.left) &&
  isText(node.right);

/** Adjacent strings joined, empty ones dropped, inside choices too. */
function tidy(parts) {
  const out = [];
  for (const part of parts) {
    const p =
      typeof part === 'object' && 'c' in part
        ? { ...part, t: tidy(part.t), f: tidy(part.f) }
        : part;
    if (p === '') continue;
    if (typeof p === 'string' && typeof out[out.length - 1] === 'string') out[out.length - 1] += p;
    else out.push(p);
  }
  return out;
}

/**
 * The data form of a value, or undefined when it is code. Templates: `{ $: [text, 0, text, 1] }`
 * (see Part in src/i18n/english-data.ts for references and choices).
 */
function dataOf(node) {
  node = unwrap(node);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isArrayLiteralExpression(node)) {
    const items = node.elements.map(dataOf);
    return items.every((i) => typeof i === 'string' || Array.isArray(i)) ? items : undefined;
  }
  if (ts.isArrowFunction(node)) {
    const params = [];
    for (const p of node.parameters) {
      if (!ts.isIdentifier(p.name) || p.initializer || p.dotDotDotToken) return undefined;
      params.push(p.name.text);
    }
    if (!ts.isBlock(node.body)) {
      const parts = partsOf(node.body, params, false);
      if (parts) return { $: tidy(parts) };
    }
  }
  return undefined;
}

/** An object literal of data values (a setup text's section), or undefined. */
function objectData(node) {
  node = unwrap(node);
  if (!ts.isObjectLiteralExpression(node)) return undefined;
  const out = {};
  for (const prop of node.properties) {
    const key = ts.isPropertyAssignment(prop) ? keyOf(prop.name) : undefined;
    const value =
      key === undefined ? undefined : (dataOf(prop.initializer) ?? objectData(prop.initializer));
    if (value === undefined) return undefined;
    out[key] = value;
  }
  return out;
}

/**
 * Splits one src/i18n file: the source with the English data taken out, and that data by export
 * name (`{ scheduleEn: { publishSubject: { $: [...] } } }`); the setup texts (SETUP_TEXTS) by
 * path (`{ 'ru.settingDescriptions': {...} }`), getters in their place. Files with neither come
 * back as they are.
 */
export function splitEnglish(text, fileName) {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const cuts = [];
  const data = {};
  const setup = {};
  const holes = [];
  const walk = (object, path, into) => {
    const props = object.properties;
    props.forEach((prop, i) => {
      if (!ts.isPropertyAssignment(prop)) return;
      const key = keyOf(prop.name);
      if (key === undefined) return;
      const at = [...path, key];
      let init = prop.initializer;
      if (matches(SETUP_TEXTS, at)) {
        const value = dataOf(init) ?? objectData(init);
        if (value === undefined) throw new Error(`${at.join('.')}: a setup text must be data`);
        setup[at.join('.')] = value;
        cuts.push([
          prop.getStart(),
          prop.end,
          `get ${JSON.stringify(key)}() { return __setupText(${JSON.stringify(at.join('.'))}); }`,
        ]);
        return;
      }
      if (!isEnglish(path[0]) || kept(at)) {
        while (ts.isParenthesizedExpression(init)) init = init.expression;
        if (ts.isObjectLiteralExpression(init)) walk(init, at, {});
        return;
      }
      const value = dataOf(init);
      if (value !== undefined) {
        into[key] = value;
        // The property and the comma after it (the last one's comma may be absent).
        const next = props[i + 1];
        const end = next ? next.getFullStart() : prop.end;
        let stop = end;
        if (!next) {
          const rest = text.slice(prop.end);
          const comma = /^\s*,/.exec(rest);
          if (comma) stop = prop.end + comma[0].length;
        }
        cuts.push([prop.getFullStart(), stop, '']);
        return;
      }
      while (ts.isParenthesizedExpression(init)) init = init.expression;
      if (ts.isObjectLiteralExpression(init)) {
        const inner = {};
        walk(init, at, inner);
        if (Object.keys(inner).length > 0) into[key] = inner;
      }
    });
  };
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    const exported = statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported) continue;
    for (const decl of statement.declarationList.declarations) {
      const name = ts.isIdentifier(decl.name) ? decl.name.text : '';
      if (!isEnglish(name) && !isRussian(name)) continue;
      if (!decl.initializer || !ts.isObjectLiteralExpression(decl.initializer)) continue;
      const into = {};
      walk(decl.initializer, [decl.name.text], into);
      if (Object.keys(into).length > 0) {
        data[decl.name.text] = into;
        holes.push(decl.name.text);
      }
    }
  }
  if (cuts.length === 0) return { code: text, data, setup };
  let code = text;
  for (const [start, end, put] of cuts.sort((a, b) => b[0] - a[0]))
    code = code.slice(0, start) + put + code.slice(end);
  code +=
    `\nimport { awaitEnglish as __awaitEnglish, setupText as __setupText } from './english-data';\n` +
    holes.map((name) => `__awaitEnglish('${name}', ${name});\n`).join('');
  return { code, data, setup };
}
