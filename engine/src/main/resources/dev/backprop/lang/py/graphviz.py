class Digraph:
    def __init__(self, name=None, format=None, graph_attr=None, **kw):
        self._format = format
        self._nodes = []
        self._edges = []
        self._attr = dict(graph_attr or {})
    def node(self, name, label=None, **attrs):
        self._nodes.append((str(name), name if label is None else label, attrs))
    def edge(self, tail, head, label=None, **attrs):
        self._edges.append((str(tail), str(head)))
    def attr(self, *a, **kw):
        pass
    def render(self, filename=None, directory=None, view=False, cleanup=False, format=None, **kw):
        # no files here: the rendered graph is drawn (as the cell's graph) and its would-be path returned
        _draw(self)
        path = (filename or 'Digraph.gv') + '.' + (format or self._format or 'pdf')
        return path if directory is None else directory + '/' + path
    def view(self, *a, **kw):
        _draw(self)
    @property
    def source(self):
        q = lambda s: '"' + str(s).replace('"', '\\"') + '"'
        lines = ['digraph {']
        if self._attr.get('rankdir'):
            lines.append('\tgraph [rankdir=' + self._attr['rankdir'] + ']')
        for n, label, attrs in self._nodes:
            extra = ''.join(' ' + k + '=' + q(v) for k, v in attrs.items())
            lines.append('\t' + q(n) + ' [label=' + q(label) + extra + ']')
        for a, b in self._edges:
            lines.append('\t' + q(a) + ' -> ' + q(b))
        lines.append('}')
        return '\n'.join(lines) + '\n'
    def __repr__(self):
        return '<graphviz.graphs.Digraph object>'
