/** An HTML file imported as its text (esbuild's `text` loader; test/support/text-transform.cjs in jest). */
declare module '*.html' {
  const text: string;
  export default text;
}
