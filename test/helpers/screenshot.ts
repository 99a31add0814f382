import { executeServerCommand } from '@web/test-runner-commands';

/** A screenshot of `el` as the page shows it, as pixels. */
export async function shot(el: Element): Promise<ImageData> {
  const r = el.getBoundingClientRect();
  const png = await executeServerCommand<string, object>('dvc-screenshot', { x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height });
  const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  return context.getImageData(0, 0, bitmap.width, bitmap.height);
}

/** The share of pixels (0–1) whose colour differs by more than `tolerance` in any channel; 1 when the sizes differ. */
export function difference(a: ImageData, b: ImageData, tolerance = 24): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  let differ = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    for (let c = 0; c < 3; c++) {
      if (Math.abs(a.data[i + c] - b.data[i + c]) > tolerance) {
        differ++;
        break;
      }
    }
  }
  return differ / (a.width * a.height);
}
