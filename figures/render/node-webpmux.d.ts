/** The part of node-webpmux (untyped) the turntable uses: muxing still WebPs into an animation. */
declare module 'node-webpmux' {
  interface Frame {
    readonly __frame: unique symbol;
  }
  interface FrameOptions {
    buffer: Buffer;
    /** Milliseconds the frame is shown. */
    delay?: number;
    /** Blend with the previous frame (false: replace it). */
    blend?: boolean;
    /** Clear to the background colour after showing the frame. */
    dispose?: boolean;
  }
  interface AnimationOptions {
    width: number;
    height: number;
    /** [r, g, b, a] */
    bgColor?: readonly number[];
    /** 0: loop forever. */
    loops?: number;
    frames: readonly Frame[];
  }
  const WebP: {
    Image: {
      generateFrame(options: FrameOptions): Promise<Frame>;
      /** With a null path, resolves to the file's bytes. */
      save(path: null, options: AnimationOptions): Promise<Buffer>;
    };
  };
  export default WebP;
}
