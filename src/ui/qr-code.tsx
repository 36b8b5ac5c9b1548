// A QR code of a short text (a device link), drawn as one SVG path. Carrying a link from a
// laptop to a phone is what QR codes are for: without one, the user has to send the link to
// themselves. The encoder (lean-qr, about 3.5 KB gzip) loads only when a code is shown.
import { useEffect, useState } from 'react';

interface Drawn {
  text: string;
  size: number;
  path: string;
}

const QUIET = 4; // the margin of light modules a reader needs

export function QrCode({ text, label }: { text: string; label: string }) {
  const [drawn, setDrawn] = useState<Drawn | null>(null);
  useEffect(() => {
    let live = true;
    void import('lean-qr').then(({ generate }) => {
      const code = generate(text);
      let path = '';
      for (let y = 0; y < code.size; y++) {
        for (let x = 0; x < code.size; x++) if (code.get(x, y)) path += `M${x} ${y}h1v1h-1z`;
      }
      if (live) setDrawn({ text, size: code.size, path });
    });
    return () => {
      live = false;
    };
  }, [text]);
  if (drawn?.text !== text) return null;
  const box = drawn.size + QUIET * 2;
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      viewBox={`${-QUIET} ${-QUIET} ${box} ${box}`}
      shapeRendering="crispEdges"
    >
      <rect x={-QUIET} y={-QUIET} width={box} height={box} fill="#fff" />
      <path d={drawn.path} fill="#000" />
    </svg>
  );
}
