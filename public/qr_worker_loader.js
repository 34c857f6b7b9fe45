// The scanner's decoder worker (see src/platform/camera.rs): loads wasm-bindgen's glue, then
// the decoder's wasm, which posts "ready" when it runs.
importScripts('./qr_worker.js');
wasm_bindgen({ module_or_path: './qr_worker_bg.wasm' });
