import { useEffect, useRef, useState } from 'react';
import { carriesFiles } from '../tokens/token-file';

/**
 * While the Import sheet is open, a file dropped anywhere on the window is its file. The
 * listeners run in the capture phase and stop the event there, so the window's other drop
 * target (a token dropped on the console opens Add Token) never sees a CSV meant for this sheet,
 * and the browser never opens the file in place of the console. Drags that carry no files are
 * left alone. Returns whether a file is being dragged over the window.
 */
export const useFileDrop = (onFile: (file: File) => void): boolean => {
  const [over, setOver] = useState(false);
  // The newest handler, without re-adding the window's listeners each render.
  const take = useRef(onFile);
  useEffect(() => {
    take.current = onFile;
  });

  useEffect(() => {
    // dragenter/dragleave fire for every element crossed; count them to know when it leaves.
    let depth = 0;
    const claim = (event: DragEvent): boolean => {
      if (!carriesFiles(event.dataTransfer)) return false;
      event.stopPropagation();
      event.preventDefault();
      return true;
    };
    const onEnter = (event: DragEvent) => {
      if (!claim(event)) return;
      depth += 1;
      setOver(true);
    };
    const onLeave = (event: DragEvent) => {
      if (!claim(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const onOver = (event: DragEvent) => {
      if (!claim(event)) return;
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      if (!claim(event)) return;
      depth = 0;
      setOver(false);
      const file = event.dataTransfer?.files[0];
      if (file) take.current(file);
    };
    const onEnd = () => {
      depth = 0;
      setOver(false);
    };
    const listeners = [
      ['dragenter', onEnter],
      ['dragleave', onLeave],
      ['dragover', onOver],
      ['drop', onDrop],
      ['dragend', onEnd],
    ] as const;
    for (const [type, listener] of listeners) window.addEventListener(type, listener, true);
    return () => {
      for (const [type, listener] of listeners) window.removeEventListener(type, listener, true);
      setOver(false);
    };
  }, []);

  return over;
};
