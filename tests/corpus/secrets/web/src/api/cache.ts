export const etag = "W/\"ce9ece840d4795ecc090254f5bb77deb\"";
export const cacheKey = (token: string) => `session:${token.slice(0, 8)}`;
export const storageToken = localStorage.getItem("auth_token");
export const SECRET_HEADER = "X-Orders-Signature";
