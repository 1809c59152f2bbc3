/**
 * Errors shaped like Office's `OfficeExtension.Error` (name `RichApi.Error`, `code`,
 * `debugInfo`), so code that inspects `error.code` behaves the same against the fake.
 */

export class GalatPalsu extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, ...(errorLocation === undefined ? {} : { errorLocation }) };
  }
}

export function propertiBelumDimuat(properti: string, objek: string): GalatPalsu {
  return new GalatPalsu(
    "PropertyNotLoaded",
    `The property '${properti}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${objek}.${properti}`,
  );
}

export function itemTidakAda(lokasi: string): GalatPalsu {
  return new GalatPalsu("ItemNotFound", "The requested resource doesn't exist.", lokasi);
}

export function objekTidakSah(lokasi: string): GalatPalsu {
  return new GalatPalsu(
    "InvalidObjectPath",
    'The object path isn\'t working for what you\'re trying to do. If you\'re using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object\'s lifetime.',
    lokasi,
  );
}

export function argumenTidakSah(pesan: string, lokasi: string): GalatPalsu {
  return new GalatPalsu("InvalidArgument", pesan, lokasi);
}

export function apiTidakAda(api: string, minor: number): GalatPalsu {
  return new GalatPalsu(
    "ApiNotFound",
    `The API you are trying to use could not be found. It may be available in a newer version of Excel (ExcelApi 1.${minor}).`,
    api,
  );
}

export function permintaanTerlaluBesar(bytes: number, batas: number): GalatPalsu {
  return new GalatPalsu(
    "RequestPayloadSizeLimitExceeded",
    `The request payload size has exceeded the limit (${bytes} > ${batas} bytes).`,
  );
}

export function responsTerlaluBesar(bytes: number, batas: number): GalatPalsu {
  return new GalatPalsu(
    "ResponsePayloadSizeLimitExceeded",
    `The response payload size has exceeded the limit (${bytes} > ${batas} bytes).`,
  );
}
