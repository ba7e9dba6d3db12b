import { stream, type AstNodeDescription, type Scope, type Stream } from 'langium';

/**
 * Scopes consulted in order, the first that knows a name wins: an agreement's own names, then those of the
 * agreements it refines, nearest first. Unlike Langium's outer scopes, the layers are shared, ready-made scopes
 * (one per agreement), so stacking them costs nothing per reference.
 */
export class LayeredScope implements Scope {

    constructor(private readonly layers: readonly Scope[]) { }

    getElement(name: string): AstNodeDescription | undefined {
        for (const layer of this.layers) {
            const element = layer.getElement(name);
            if (element) return element;
        }
        return undefined;
    }

    getElements(name: string): Stream<AstNodeDescription> {
        return stream(this.layers).flatMap(layer => layer.getElements(name));
    }

    getAllElements(): Stream<AstNodeDescription> {
        return stream(this.layers).flatMap(layer => layer.getAllElements());
    }
}
