/** mulberry32: small, fast, deterministic 32-bit PRNG returning floats in [0, 1). */
export declare function mulberry32(seed: number): () => number;
