/**
 * The 3D viewer's engine: three.js draws a page's model (two binary glTF files from figures/export:
 * its region's scene and the page's painted bones) on a canvas. Loaded on demand by
 * components/model-viewer (never before the reader opens the viewer), and only the parts of
 * three.js it names: the renderer, a scene, a perspective camera, two lights,
 * the glTF loader with the meshopt decoder, and the orbit controls.
 */
import {
  BufferAttribute,
  BufferGeometry,
  Color,
  DirectionalLight,
  HemisphereLight,
  Matrix3,
  Matrix4,
  Mesh,
  MeshLambertMaterial,
  PerspectiveCamera,
  Raycaster,
  Scene,
  Vector2,
  Vector3,
  WebGLRenderer,
  type Material,
  type Object3D,
} from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import type { ExploreModel } from '@/lib/content/types';
import type { ViewState } from './view-hash';

export type StructureKind = 'bone' | 'muscle' | 'tendon';

/** A structure of the model, as its glTF node's extras name it. */
export type Structure = {
  id: string;
  name: string;
  kind: StructureKind;
  highlighted: boolean;
  /** A muscle's page. */
  href?: string;
  /** A tendon's muscles. */
  of?: { id: string; name: string; href?: string }[];
};

/** Everything (those over the highlighted muscles see-through), peeled (those hidden), bones alone, or every muscle see-through. */
export type Layer = 'all' | 'peel' | 'bones' | 'glass';

export type EngineEvents = {
  /** The structure under the pointer changed (null: none). */
  onHover: (structure: Structure | null, x: number, y: number) => void;
  /** A structure was picked by a click or a tap (null: empty space). */
  onPick: (structure: Structure | null) => void;
  /** The reader moved the view (not the automatic turn). */
  onView: (view: ViewState) => void;
};

/** The view's state, for a test or a benchmark. */
export type EngineStats = { frames: number; firstFrame: number | null };

const FOV = 30;
const BACKGROUND = new Color('rgb(244, 242, 237)');
const PICKED_GLOW = new Color(0x4a3b00);
const TURN_STEP = Math.PI / 18;

/**
 * Whether this browser can draw WebGL 2 (three.js needs it), and whether it draws in software
 * (SwiftShader, llvmpipe: no GPU), where the viewer spares pixels: no multisampling, and a coarser
 * picture while the model moves.
 */
export function webGL(): { available: boolean; software: boolean } {
  try {
    const canvas = document.createElement('canvas');
    const gl = window.WebGL2RenderingContext ? canvas.getContext('webgl2') : null;
    if (!gl) return { available: false, software: false };
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return { available: true, software: /swiftshader|llvmpipe|software/i.test(name) };
  } catch {
    return { available: false, software: false };
  }
}

function isKind(value: unknown): value is StructureKind {
  return value === 'bone' || value === 'muscle' || value === 'tendon';
}

/** A node's structure, highlighted when it is one of the page's muscles or a tendon of one. */
function structureOf(object: Object3D, page: ReadonlySet<string>): Structure | null {
  const data: Record<string, unknown> = object.userData;
  if (typeof data.id !== 'string' || !isKind(data.kind)) return null;
  const of = Array.isArray(data.of)
    ? data.of.flatMap((o: unknown) => {
        if (typeof o !== 'object' || o === null || !('id' in o) || !('name' in o)) return [];
        const href = 'href' in o && typeof o.href === 'string' ? o.href : undefined;
        return [{ id: String(o.id), name: String(o.name), ...(href ? { href } : {}) }];
      })
    : undefined;
  return {
    id: data.id,
    name: typeof data.name === 'string' ? data.name : object.name,
    kind: data.kind,
    highlighted: data.kind === 'muscle' ? page.has(data.id) : data.kind === 'tendon' ? (of ?? []).some((muscle) => page.has(muscle.id)) : false,
    ...(typeof data.href === 'string' ? { href: data.href } : {}),
    ...(of ? { of } : {}),
  };
}

type Part = { mesh: Mesh; structure: Structure; material: MeshLambertMaterial };

/**
 * A mesh and its mirror image (x -> -x in glTF axes: across the median plane) as one geometry, in its
 * parent's frame: positions and normals read out of their quantized arrays and transformed, the
 * mirror's triangles wound the other way so that its front faces face out. One draw call draws
 * both sides, and a pick on either names the structure.
 */
function withMirror(mesh: Mesh): BufferGeometry {
  const source = mesh.geometry;
  const sides = [mesh.matrix.clone(), new Matrix4().makeScale(-1, 1, 1).multiply(mesh.matrix)];
  const normalMatrices = sides.map((m) => new Matrix3().getNormalMatrix(m));
  const v = new Vector3();
  const geometry = new BufferGeometry();
  const both = (name: string, write: (p: Vector3, side: number) => Vector3): void => {
    const attribute = source.getAttribute(name);
    if (!attribute) return;
    const n = attribute.count;
    const size = attribute.itemSize;
    const out = new Float32Array(n * 2 * size);
    for (let side = 0; side < 2; side++)
      for (let i = 0; i < n; i++) {
        if (size === 3) write(v.fromBufferAttribute(attribute, i), side).toArray(out, (side * n + i) * 3);
        else for (let k = 0; k < size; k++) out[(side * n + i) * size + k] = attribute.getComponent(i, k);
      }
    geometry.setAttribute(name, new BufferAttribute(out, size));
  };
  both('position', (p, side) => p.applyMatrix4(sides[side]!));
  both('normal', (p, side) => p.applyMatrix3(normalMatrices[side]!).normalize());
  both('color', (p) => p);
  const index = source.getIndex();
  const n = source.getAttribute('position').count;
  if (index) {
    const count = index.count;
    const out = n * 2 > 65535 ? new Uint32Array(count * 2) : new Uint16Array(count * 2);
    for (let i = 0; i < count; i += 3) {
      const a = index.getX(i), b = index.getX(i + 1), c = index.getX(i + 2);
      out[i] = a;
      out[i + 1] = b;
      out[i + 2] = c;
      out[count + i] = a + n;
      out[count + i + 1] = c + n;
      out[count + i + 2] = b + n;
    }
    geometry.setIndex(new BufferAttribute(out, 1));
  }
  geometry.computeBoundingSphere();
  return geometry;
}

export class ViewerEngine {
  readonly stats: EngineStats = { frames: 0, firstFrame: null };
  private readonly renderer: WebGLRenderer;
  private readonly scene = new Scene();
  private readonly camera = new PerspectiveCamera(FOV, 1, 0.01, 20);
  private readonly controls: OrbitControls;
  private readonly raycaster = new Raycaster();
  private readonly parts: Part[] = [];
  private readonly target: Vector3;
  private readonly resizer: ResizeObserver;
  private layer: Layer = 'all';
  private picked: Part | null = null;
  private hovered: Part | null = null;
  private frame = 0;
  private spinning = false;
  private disposed = false;
  private down: { x: number; y: number } | null = null;
  private hoverAt: { x: number; y: number } | null = null;
  private lastView = '';
  private readonly pixelRatio: number;
  /** While the reader turns the model: in software, a coarser picture (sharp again when it stops). */
  private moving = false;

  constructor(
    private readonly canvas: HTMLCanvasElement,
    private readonly model: ExploreModel,
    private readonly events: EngineEvents,
    private readonly software = false,
  ) {
    this.renderer = new WebGLRenderer({ canvas, antialias: !software && window.devicePixelRatio < 2, powerPreference: 'high-performance' });
    this.pixelRatio = Math.min(window.devicePixelRatio, software ? 1 : 2);
    this.renderer.setPixelRatio(this.pixelRatio);
    this.scene.background = BACKGROUND;
    this.scene.add(new HemisphereLight(0xffffff, 0x6e675e, 1.3));
    // A light from over the camera's shoulder, turning with it, as in the pictures.
    const key = new DirectionalLight(0xffffff, 2.2);
    key.position.set(-0.6, 0.8, 1);
    this.camera.add(key);
    this.scene.add(this.camera);
    this.target = new Vector3(...model.view.target);
    this.controls = new OrbitControls(this.camera, canvas);
    this.controls.target.copy(this.target);
    this.controls.zoomToCursor = false;
    this.controls.minDistance = 0.08;
    this.controls.maxDistance = 6;
    this.controls.addEventListener('change', () => this.requestFrame());
    this.controls.addEventListener('start', () => {
      this.stopSpin();
      this.setMoving(true);
    });
    this.controls.addEventListener('end', () => {
      this.setMoving(false);
      this.moved(true);
    });
    canvas.addEventListener('pointerdown', this.onPointerDown);
    canvas.addEventListener('pointerup', this.onPointerUp);
    canvas.addEventListener('pointermove', this.onPointerMove);
    canvas.addEventListener('pointerleave', this.onPointerLeave);
    this.resizer = new ResizeObserver(() => this.resize());
    this.resizer.observe(canvas);
    this.resize();
  }

  /**
   * Download and show the model: the region's scene, with the page's painted bones drawn in place of
   * the scene's, and the page's muscles (`highlighted`) and their tendons in their highlight colour.
   * Rejects when a download fails (call again to retry).
   */
  async load(): Promise<void> {
    const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
    const [scene, own] = await Promise.all([loader.loadAsync(this.model.scene), loader.loadAsync(this.model.src)]);
    if (this.disposed) return;
    const highlighted = new Set(this.model.highlighted);
    const partsOf = (root: Object3D): Part[] => {
      const parts: Part[] = [];
      root.traverse((object) => {
        if (!(object instanceof Mesh)) return;
        const structure = structureOf(object, highlighted);
        if (!structure) return;
        const source: Material = Array.isArray(object.material) ? object.material[0] : object.material;
        const colour = 'color' in source && source.color instanceof Color ? source.color : new Color(0xcccccc);
        const highlight = object.userData.highlight;
        const material = new MeshLambertMaterial({
          color: structure.highlighted && typeof highlight === 'string' ? new Color(highlight) : colour,
          vertexColors: source.vertexColors,
        });
        source.dispose();
        object.material = material;
        parts.push({ mesh: object, structure, material });
      });
      return parts;
    };
    const painted = new Map(partsOf(own.scene).map((part) => [part.structure.id, part] as const));
    // In the scene's order (bones first), each bone the page paints in place of the scene's.
    for (const part of partsOf(scene.scene)) {
      const mine = painted.get(part.structure.id);
      if (!mine) {
        this.parts.push(part);
        continue;
      }
      part.mesh.removeFromParent();
      part.mesh.geometry.dispose();
      part.material.dispose();
      this.parts.push(mine);
      painted.delete(part.structure.id);
    }
    // A painted bone the scene leaves out (every page of its region paints it).
    this.parts.push(...painted.values());
    // Pictures that show both sides: each structure of the right side drawn on the left too.
    if (scene.scene.children.some((root) => root.userData.sides === 'both')) {
      scene.scene.updateMatrixWorld();
      own.scene.updateMatrixWorld();
      for (const { mesh } of this.parts) {
        if (mesh.userData.midline === true) continue;
        const geometry = withMirror(mesh);
        mesh.geometry.dispose();
        mesh.geometry = geometry;
        mesh.position.set(0, 0, 0);
        mesh.quaternion.identity();
        mesh.scale.set(1, 1, 1);
      }
    }
    this.scene.add(scene.scene, own.scene);
    this.requestFrame();
  }

  /** The structures of the model, bones first, each kind in the model's order. */
  structures(): Structure[] {
    return this.parts.map((part) => part.structure);
  }

  /** Put the camera at a view (null: the hero's framing). */
  setView(view: ViewState | null): void {
    const v = view ?? { angle: this.model.view.angle, elevation: 0, zoom: 1 };
    const a = (v.angle * Math.PI) / 180;
    const e = (v.elevation * Math.PI) / 180;
    const d = this.heroDistance() / v.zoom;
    this.controls.target.copy(this.target);
    // The pictures' angle 0 looks from the front (+Z), 90 from the lateral side (-X in glTF axes).
    this.camera.position.set(-Math.sin(a) * Math.cos(e) * d, Math.sin(e) * d, Math.cos(a) * Math.cos(e) * d).add(this.target);
    this.controls.update();
    this.lastView = '';
    this.moved(false);
  }

  /** The current view, as the address records it. */
  view(): ViewState {
    const offset = this.camera.position.clone().sub(this.controls.target);
    const d = offset.length();
    const angle = (Math.atan2(-offset.x, offset.z) * 180) / Math.PI;
    const elevation = (Math.asin(Math.max(-1, Math.min(1, offset.y / d))) * 180) / Math.PI;
    return { angle: (angle + 360) % 360, elevation, zoom: this.heroDistance() / d };
  }

  /** Turn round the model (radians): left/right round the vertical, up/down over it. */
  turn(left: number, up: number): void {
    this.stopSpin();
    this.controls.rotateLeft(left);
    this.controls.rotateUp(up);
    this.controls.update();
    this.moved(true);
  }

  /** Come closer (factor > 1) or go back. */
  zoom(factor: number): void {
    this.stopSpin();
    if (factor > 1) this.controls.dollyIn(factor);
    else this.controls.dollyOut(1 / factor);
    this.controls.update();
    this.moved(true);
  }

  reset(): void {
    this.stopSpin();
    this.setView(null);
    this.moved(true);
  }

  /** Arrow keys turn, + and - zoom, 0 resets; true when the key was the viewer's. */
  key(key: string): boolean {
    if (key === 'ArrowLeft') this.turn(TURN_STEP, 0);
    else if (key === 'ArrowRight') this.turn(-TURN_STEP, 0);
    else if (key === 'ArrowUp') this.turn(0, TURN_STEP);
    else if (key === 'ArrowDown') this.turn(0, -TURN_STEP);
    else if (key === '+' || key === '=') this.zoom(1.2);
    else if (key === '-' || key === '_') this.zoom(1 / 1.2);
    else if (key === '0') this.reset();
    else return false;
    return true;
  }

  /** Turn slowly until the reader takes over (not for readers who ask for reduced motion). */
  spin(): void {
    this.controls.autoRotate = true;
    this.controls.autoRotateSpeed = 1.2;
    this.spinning = true;
    this.setMoving(true);
    this.requestFrame();
  }

  setLayer(layer: Layer): void {
    this.layer = layer;
    this.applyLayer();
    this.requestFrame();
  }

  /** Pick a structure by its id (the list of structures), as a click would. */
  pickById(id: string): Structure | null {
    const part = this.parts.find((p) => p.structure.id === id) ?? null;
    this.setPicked(part);
    return part?.structure ?? null;
  }

  /** Where on the canvas (CSS pixels) a structure shows, for tests: the middle of its visible pixels' box, or null. */
  screenPoint(id: string): { x: number; y: number } | null {
    const part = this.parts.find((p) => p.structure.id === id);
    if (!part || !part.mesh.visible) return null;
    const rect = this.canvas.getBoundingClientRect();
    const position = part.mesh.geometry.getAttribute('position');
    const v = new Vector3();
    // Try the mesh's vertices until one is the first thing a ray through it meets.
    const step = Math.max(1, Math.floor(position.count / 200));
    for (let i = 0; i < position.count; i += step) {
      v.fromBufferAttribute(position, i).applyMatrix4(part.mesh.matrixWorld).project(this.camera);
      if (Math.abs(v.x) > 0.95 || Math.abs(v.y) > 0.95) continue;
      const hit = this.hit(v.x, v.y);
      if (hit === part) return { x: ((v.x + 1) / 2) * rect.width, y: ((1 - v.y) / 2) * rect.height };
    }
    return null;
  }

  dispose(): void {
    this.disposed = true;
    cancelAnimationFrame(this.frame);
    this.resizer.disconnect();
    this.controls.dispose();
    this.canvas.removeEventListener('pointerdown', this.onPointerDown);
    this.canvas.removeEventListener('pointerup', this.onPointerUp);
    this.canvas.removeEventListener('pointermove', this.onPointerMove);
    this.canvas.removeEventListener('pointerleave', this.onPointerLeave);
    for (const part of this.parts) {
      part.mesh.geometry.dispose();
      part.material.dispose();
    }
    this.renderer.dispose();
  }

  /** The camera distance at which the hero's framing fills the canvas. */
  private heroDistance(): number {
    const { height, aspect } = this.model.view;
    const fit = Math.max(height, (height * aspect) / Math.max(0.1, this.camera.aspect));
    return fit / 2 / Math.tan((FOV * Math.PI) / 360);
  }

  private setMoving(moving: boolean): void {
    if (!this.software || moving === this.moving) return;
    this.moving = moving;
    this.renderer.setPixelRatio(moving ? this.pixelRatio * 0.5 : this.pixelRatio);
    this.resize();
  }

  private resize(): void {
    const width = this.canvas.clientWidth;
    const height = this.canvas.clientHeight;
    if (width === 0 || height === 0) return;
    this.renderer.setSize(width, height, false);
    this.camera.aspect = width / height;
    this.camera.updateProjectionMatrix();
    this.requestFrame();
  }

  private requestFrame(): void {
    if (this.frame || this.disposed) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.spinning) {
        this.controls.update(1 / 60);
        if (this.stats.frames % 30 === 0 && this.layer !== 'bones' && this.layer !== 'glass') this.applyLayer();
      }
      this.renderer.render(this.scene, this.camera);
      this.stats.frames++;
      if (this.parts.length > 0 && this.stats.firstFrame === null) {
        this.stats.firstFrame = performance.now();
        performance.mark('viewer-first-frame');
      }
      this.canvas.dataset.frames = String(this.stats.frames);
      if (this.spinning) this.requestFrame();
    });
  }

  private stopSpin(): void {
    if (!this.spinning) return;
    this.spinning = false;
    this.controls.autoRotate = false;
    this.setMoving(false);
  }

  /** After the camera moved: the layer follows the view, and the reader's moves go to the address. */
  private moved(announce: boolean): void {
    if (this.layer === 'peel' || this.layer === 'all') this.applyLayer();
    this.requestFrame();
    if (!announce) return;
    const view = this.view();
    const key = `${Math.round(view.angle)} ${Math.round(view.elevation)} ${view.zoom.toFixed(2)}`;
    if (key === this.lastView) return;
    this.lastView = key;
    this.events.onView(view);
  }

  /**
   * Show, hide and fade the parts for the layer. With everything shown, the muscles between the
   * camera and the highlighted ones are see-through, as in the pictures; peeling hides them.
   */
  private applyLayer(): void {
    const covering = this.layer === 'peel' || this.layer === 'all' ? this.covering() : new Set<Part>();
    for (const part of this.parts) {
      const { kind, highlighted } = part.structure;
      const soft = kind !== 'bone';
      part.mesh.visible = !(soft && this.layer === 'bones') && !(this.layer === 'peel' && covering.has(part));
      const glass = soft && (this.layer === 'glass' || (this.layer === 'all' && covering.has(part)));
      const opacity = !glass ? 1 : this.layer === 'all' ? 0.22 : highlighted ? 0.55 : 0.16;
      if (part.material.transparent !== glass) part.material.needsUpdate = true;
      part.material.transparent = glass;
      part.material.opacity = opacity;
      part.material.depthWrite = !glass;
    }
    if (this.picked && !this.picked.mesh.visible) this.setPicked(null);
  }

  /** The muscles and tendons that stand between the camera and the highlighted ones. */
  private covering(): Set<Part> {
    const covering = new Set<Part>();
    const targets = this.parts.filter((p) => p.structure.highlighted && p.structure.kind !== 'bone');
    const soft = this.parts.filter((p) => p.structure.kind !== 'bone' && !p.structure.highlighted).map((p) => p.mesh);
    const byMesh = new Map<Object3D, Part>(this.parts.map((p) => [p.mesh, p] as const));
    const from = this.camera.position;
    const point = new Vector3();
    const direction = new Vector3();
    this.scene.updateMatrixWorld();
    for (const target of targets) {
      const position = target.mesh.geometry.getAttribute('position');
      const step = Math.max(1, Math.floor(position.count / Math.max(24, 240 / targets.length)));
      for (let i = 0; i < position.count; i += step) {
        point.fromBufferAttribute(position, i).applyMatrix4(target.mesh.matrixWorld);
        direction.copy(point).sub(from);
        const far = direction.length();
        this.raycaster.set(from, direction.normalize());
        this.raycaster.far = far - 0.002;
        for (const hit of this.raycaster.intersectObjects(soft, false)) {
          const part = byMesh.get(hit.object);
          if (part) covering.add(part);
        }
      }
    }
    this.raycaster.far = Infinity;
    return covering;
  }

  /** The part under a point of the canvas (normalised device coordinates), or null. */
  private hit(x: number, y: number): Part | null {
    this.raycaster.setFromCamera(new Vector2(x, y), this.camera);
    const candidates = this.parts.filter((p) => p.mesh.visible && !(p.material.transparent && !p.structure.highlighted)).map((p) => p.mesh);
    const [first] = this.raycaster.intersectObjects(candidates, false);
    return first ? (this.parts.find((p) => p.mesh === first.object) ?? null) : null;
  }

  private hitAt(event: PointerEvent): Part | null {
    const rect = this.canvas.getBoundingClientRect();
    return this.hit(((event.clientX - rect.left) / rect.width) * 2 - 1, -((event.clientY - rect.top) / rect.height) * 2 + 1);
  }

  private setPicked(part: Part | null): void {
    if (this.picked) this.picked.material.emissive.setHex(0);
    this.picked = part;
    if (part) part.material.emissive.copy(PICKED_GLOW);
    this.requestFrame();
    this.events.onPick(part?.structure ?? null);
  }

  private readonly onPointerDown = (event: PointerEvent): void => {
    this.down = { x: event.clientX, y: event.clientY };
    this.events.onHover(null, 0, 0);
  };

  private readonly onPointerUp = (event: PointerEvent): void => {
    const down = this.down;
    this.down = null;
    if (!down || event.button !== 0 || Math.hypot(event.clientX - down.x, event.clientY - down.y) > 6) return;
    this.setPicked(this.hitAt(event));
  };

  private readonly onPointerMove = (event: PointerEvent): void => {
    if (event.pointerType !== 'mouse' || event.buttons !== 0) return;
    // At most one hover test a frame, however fast the mouse moves.
    const pending = this.hoverAt !== null;
    this.hoverAt = { x: event.clientX, y: event.clientY };
    if (pending) return;
    requestAnimationFrame(() => {
      const at = this.hoverAt;
      this.hoverAt = null;
      if (!at || this.disposed) return;
      const rect = this.canvas.getBoundingClientRect();
      const part = this.hit(((at.x - rect.left) / rect.width) * 2 - 1, -((at.y - rect.top) / rect.height) * 2 + 1);
      if (part !== this.hovered) {
        this.hovered = part;
        this.canvas.style.cursor = part ? 'pointer' : '';
      }
      this.events.onHover(part?.structure ?? null, at.x - rect.left, at.y - rect.top);
    });
  };

  private readonly onPointerLeave = (): void => {
    this.hovered = null;
    this.events.onHover(null, 0, 0);
  };
}
