export { CryptoError, DecryptError, InvalidKeyError, ReceiveIdError, SignatureError } from './errors.js';
export { MessageCrypto } from './message-crypto.js';
export { cardSignature, jssdkSignature, plainSignature, verifyPlainSignature } from './signatures.js';
export { decryptUserData, userDataSignature } from './user-data.js';
