import { badSignature, GasObject } from './core';

/**
 * A response being put together in a script — `Form.createResponse()`, `TextItem.createResponse`,
 * `FormResponse.withItemResponse` and `toPrefilledUrl()`
 * (developers.google.com/apps-script/reference/forms/form-response, …/text-item). Only the
 * pre-filled link is faked: `submit()` is not. Google's link has the form's published address with
 * `usp=pp_url` and one `entry.<id>=<answer>` per answer; which number Google uses as the entry id is
 * not documented (it is not the item id), so the fake uses the item id and our code never reads it.
 */
export class FakeItemResponse extends GasObject {
  constructor(
    readonly _itemId: number,
    readonly _value: string,
  ) {
    super('ItemResponse');
  }
  getResponse(): string {
    return this._value;
  }
}

/** A FormResponse made by `Form.createResponse()`: not submitted, only turned into a link. */
export class FakeFormResponse extends GasObject {
  private readonly answers: FakeItemResponse[] = [];

  constructor(private readonly publishedUrl: string) {
    super('FormResponse');
  }
  withItemResponse(response: unknown): FakeFormResponse {
    if (!(response instanceof FakeItemResponse))
      badSignature('FormApp.FormResponse.withItemResponse', [response]);
    this.answers.push(response);
    return this;
  }
  getItemResponses(): FakeItemResponse[] {
    return [...this.answers];
  }
  toPrefilledUrl(): string {
    const entries = this.answers.map((a) => `&entry.${a._itemId}=${encodeURIComponent(a._value)}`);
    return `${this.publishedUrl}?usp=pp_url${entries.join('')}`;
  }
}
