package dev.backprop.lang;

import dev.backprop.py.Chars;
import dev.backprop.lang.Ast.*;
import dev.backprop.lang.Lexer.T;
import dev.backprop.lang.Lexer.Tok;
import java.util.ArrayList;
import java.util.List;

/** Recursive-descent parser for the playground's Python subset, with a nesting limit instead of stack overflow. */
final class Parser {
    static final int MAX_DEPTH = 100;

    private final List<Tok> toks;
    private int p;
    private Scope scope;       // null at module level
    private int depth;
    private final boolean prelude;
    private final List<String> classNames = new ArrayList<>();
    private int lineOffset;
    private int colOffset;

    private Parser(List<Tok> toks, boolean prelude) {
        this.toks = toks;
        this.prelude = prelude;
    }

    static List<Stmt> parse(String src, boolean prelude) {
        Parser ps = new Parser(Lexer.tokenize(src), prelude);
        List<Stmt> out = new ArrayList<>();
        while (ps.peek().type != T.EOF) {
            if (ps.peek().type == T.NEWLINE) {
                ps.p++;
                continue;
            }
            ps.statement(out);
        }
        return out;
    }

    // ---------------------------------------------------------------- helpers

    private Tok peek() {
        return toks.get(p);
    }

    private Tok peek(int k) {
        return toks.get(Math.min(p + k, toks.size() - 1));
    }

    private Tok next() {
        return toks.get(p++);
    }

    private boolean at(String op) {
        Tok t = peek();
        return t.type == T.OP && t.text.equals(op);
    }

    private boolean atKw(String kw) {
        Tok t = peek();
        return t.type == T.NAME && t.text.equals(kw);
    }

    private boolean accept(String op) {
        if (at(op)) {
            p++;
            return true;
        }
        return false;
    }

    private boolean acceptKw(String kw) {
        if (atKw(kw)) {
            p++;
            return true;
        }
        return false;
    }

    private Tok expect(String op) {
        if (!at(op)) {
            throw unexpected("expected '" + op + "'");
        }
        return next();
    }

    private void expectKw(String kw) {
        if (!atKw(kw)) {
            throw unexpected("expected '" + kw + "'");
        }
        p++;
    }

    private PySyntaxError err(String msg, Tok t) {
        return new PySyntaxError(msg, t.line + lineOffset, t.col + colOffset);
    }

    private PySyntaxError unexpected(String hint) {
        Tok t = peek();
        if (t.type == T.INDENT) {
            return new PySyntaxError("IndentationError", "unexpected indent", t.line + lineOffset, t.col + colOffset);
        }
        if (t.type == T.NEWLINE || t.type == T.EOF) {
            return err("invalid syntax" + (hint == null ? "" : " (" + hint + ")"), t);
        }
        return err("invalid syntax" + (hint == null ? "" : " (" + hint + ")") + " at '" + t.text + "'", t);
    }

    private <N extends Node> N at(N n, Tok t) {
        n.line = t.line + lineOffset;
        n.col = t.col + colOffset;
        n.prelude = prelude;
        return n;
    }

    private <N extends Node> N at(N n, Node from) {
        n.line = from.line;
        n.col = from.col;
        n.prelude = prelude;
        return n;
    }

    private void enter(Tok t) {
        if (++depth > MAX_DEPTH) {
            throw err("too deeply nested (more than " + MAX_DEPTH + " levels)", t);
        }
    }

    private static final String[] KEYWORDS = {"False", "None", "True", "and", "as", "assert", "async", "await", "break",
        "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
        "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield"};

    // indices in KEYWORDS, for the statement switches (TeaVM turns a switch on strings into much more script)
    private static final int K_FALSE = 0;
    private static final int K_NONE = 1;
    private static final int K_TRUE = 2;
    private static final int K_ASSERT = 5;
    private static final int K_ASYNC = 6;
    private static final int K_BREAK = 8;
    private static final int K_CLASS = 9;
    private static final int K_CONTINUE = 10;
    private static final int K_DEF = 11;
    private static final int K_DEL = 12;
    private static final int K_FOR = 17;
    private static final int K_FROM = 18;
    private static final int K_GLOBAL = 19;
    private static final int K_IF = 20;
    private static final int K_IMPORT = 21;
    private static final int K_NONLOCAL = 25;
    private static final int K_PASS = 28;
    private static final int K_RAISE = 29;
    private static final int K_RETURN = 30;
    private static final int K_TRY = 31;
    private static final int K_WHILE = 32;
    private static final int K_WITH = 33;
    private static final int K_YIELD = 34;

    /** The index of s in KEYWORDS, -1 when s is no keyword. */
    static int keyword(String s) {
        for (int i = 0; i < KEYWORDS.length; i++) {
            if (KEYWORDS[i].equals(s)) {
                return i;
            }
        }
        return -1;
    }

    static boolean isKeyword(String s) {
        return keyword(s) >= 0;
    }

    private String name() {
        Tok t = peek();
        if (t.type != T.NAME || isKeyword(t.text)) {
            throw unexpected("expected a name");
        }
        p++;
        return t.text;
    }

    private void declare(String n) {
        if (scope != null) {
            scope.assigned(n);
        }
    }

    /** Registers the names an assignment target binds, and checks it can be assigned. */
    private void declareTarget(Expr e, String what) {
        if (e instanceof Name) {
            declare(((Name) e).id);
        } else if (e instanceof TupleE) {
            for (Expr x : ((TupleE) e).elts) {
                declareTarget(x, what);
            }
        } else if (e instanceof ListE) {
            for (Expr x : ((ListE) e).elts) {
                declareTarget(x, what);
            }
        } else if (e instanceof Starred) {
            declareTarget(((Starred) e).value, what);
        } else if (!(e instanceof Attr || e instanceof Subscript)) {
            String kind = e instanceof Call ? "function call" : e instanceof Const ? "literal" : "expression";
            throw new PySyntaxError("cannot " + what + " " + kind + (what.equals("assign to") ? " here. Maybe you meant '==' instead of '='?" : ""), e.line, e.col);
        }
    }

    // ---------------------------------------------------------------- statements

    private List<Stmt> block() {
        expect(":");
        List<Stmt> body = new ArrayList<>();
        if (peek().type != T.NEWLINE) {
            simpleStatements(body);
            return body;
        }
        p++;
        if (peek().type != T.INDENT) {
            int h = header(p - 2);
            Tok at = peek();
            for (int k = p; k < toks.size() && (toks.get(k).type == T.DEDENT || toks.get(k).type == T.EOF); k++) {
                if (toks.get(k).type == T.EOF) {
                    at = toks.get(p - 1); // nothing follows: CPython points at the header's line end
                }
            }
            String kw = toks.get(h).type == T.NAME ? toks.get(h).text : "";
            String what = kw.equals("def") ? "function definition" : kw.equals("class") ? "class definition" : "'" + kw + "' statement";
            throw new PySyntaxError("IndentationError", "expected an indented block after " + what + " on line "
                    + (toks.get(h).line + lineOffset), at.line + lineOffset, at.col);
        }
        enter(peek());
        p++;
        while (peek().type != T.DEDENT && peek().type != T.EOF) {
            if (peek().type == T.NEWLINE) {
                p++;
                continue;
            }
            statement(body);
        }
        if (peek().type == T.DEDENT) {
            p++;
        }
        depth--;
        return body;
    }

    /** The first token of the statement whose header ends at token {@code k} (its keyword: for, def, else...). */
    private int header(int k) {
        while (k > 0 && toks.get(k - 1).type != T.NEWLINE && toks.get(k - 1).type != T.INDENT && toks.get(k - 1).type != T.DEDENT) {
            k--;
        }
        return k;
    }

    private void statement(List<Stmt> out) {
        Tok t = peek();
        if (t.type == T.INDENT) {
            throw new PySyntaxError("IndentationError", "unexpected indent", t.line, t.col);
        }
        if (t.type == T.NAME && t.text.equals("match") && isMatch()) {
            matchStmt(out);
            return;
        }
        if (t.type == T.NAME) {
            switch (keyword(t.text)) {
                case K_IF: out.add(ifStmt()); return;
                case K_WHILE: out.add(whileStmt()); return;
                case K_FOR: out.add(forStmt()); return;
                case K_DEF: out.add(defStmt(new ArrayList<>())); return;
                case K_CLASS: out.add(classStmt()); return;
                case K_TRY: out.add(tryStmt()); return;
                case K_WITH: out.add(withStmt()); return;
                case K_ASYNC:
                    throw err("async code is not supported in the playground", t);
                default:
                    break;
            }
        }
        if (at("@")) {
            List<Expr> decos = new ArrayList<>();
            while (accept("@")) {
                decos.add(test());
                if (peek().type != T.NEWLINE) {
                    throw unexpected(null);
                }
                p++;
            }
            if (atKw("class")) {
                ClassDef c = (ClassDef) classStmt();
                c.decorators = decos;
                out.add(c);
                return;
            }
            if (!atKw("def")) {
                throw unexpected("expected 'def' or 'class' after a decorator");
            }
            out.add(defStmt(decos));
            return;
        }
        simpleStatements(out);
    }

    private void simpleStatements(List<Stmt> out) {
        while (true) {
            out.add(simpleStatement());
            if (accept(";")) {
                if (peek().type == T.NEWLINE) {
                    break;
                }
                continue;
            }
            break;
        }
        if (peek().type != T.NEWLINE) {
            throw unexpected(null);
        }
        p++;
    }

    private Stmt simpleStatement() {
        Tok t = peek();
        if (t.type == T.NAME) {
            switch (keyword(t.text)) {
                case K_PASS: p++; return at(new Pass(), t);
                case K_BREAK: p++; return at(new Jump(Ast.BREAK), t);
                case K_CONTINUE: p++; return at(new Jump(Ast.CONTINUE), t);
                case K_RETURN: {
                    p++;
                    if (scope == null || scope.isClass) {
                        throw err("'return' outside function", t);
                    }
                    Expr v = endOfSimple() ? null : testListStar();
                    return at(new Return(v), t);
                }
                case K_GLOBAL:
                case K_NONLOCAL: {
                    p++;
                    do {
                        String n = name();
                        if (scope == null) {
                            if (t.text.equals("nonlocal")) {
                                throw err("nonlocal declaration not allowed at module level", t);
                            }
                        } else if (t.text.equals("global")) {
                            scope.globals.add(n);
                            scope.locals.remove(n);
                        } else {
                            scope.nonlocals.add(n);
                            scope.locals.remove(n);
                        }
                    } while (accept(","));
                    return at(new Global(), t);
                }
                case K_ASSERT: {
                    p++;
                    Expr test = test();
                    Expr msg = accept(",") ? test() : null;
                    return at(new Assert(test, msg), t);
                }
                case K_DEL: {
                    p++;
                    List<Expr> targets = new ArrayList<>();
                    do {
                        Expr e = orExpr();
                        declareTarget(e, "delete");
                        targets.add(e);
                    } while (accept(",") && !endOfSimple());
                    return at(new Del(targets), t);
                }
                case K_IMPORT: return importStmt();
                case K_FROM: return fromStmt();
                case K_RAISE: {
                    p++;
                    Expr e = endOfSimple() ? null : test();
                    Expr cause = null;
                    if (e != null && acceptKw("from")) {
                        cause = test();
                    }
                    Raise r = at(new Raise(e), t);
                    r.cause = cause;
                    return r;
                }
                case K_YIELD:
                    return at(new ExprStmt(yieldExpr()), t);
                default:
                    break;
            }
            if (atWalrus()) {
                throw err("invalid syntax", peek(1));
            }
        }
        Expr first = testListStar();
        if (at("=")) {
            List<Expr> targets = new ArrayList<>();
            targets.add(first);
            Expr value = null;
            while (accept("=")) {
                Expr e = atKw("yield") ? yieldExpr() : testListStar();
                targets.add(e);
            }
            value = targets.remove(targets.size() - 1);
            for (Expr tg : targets) {
                declareTarget(tg, "assign to");
            }
            return at(new Assign(targets, value), first);
        }
        if (peek().type == T.OP && peek().text.length() >= 2 && peek().text.endsWith("=")
                && !at("==") && !at("<=") && !at(">=") && !at("!=")) {
            Tok opTok = next();
            int op = augOp(opTok);
            if (!(first instanceof Name || first instanceof Attr || first instanceof Subscript)) {
                throw new PySyntaxError("'" + describe(first) + "' is an illegal expression for augmented assignment", first.line, first.col);
            }
            declareTarget(first, "assign to");
            Expr value = atKw("yield") ? yieldExpr() : testListStar();
            return at(new AugAssign(first, op, value), first);
        }
        if (at(":")) {
            p++;
            Expr ann = test();
            Expr value = accept("=") ? (atKw("yield") ? yieldExpr() : testListStar()) : null;
            declareTarget(first, "assign to");
            AnnAssign a = at(new AnnAssign(first, value), first);
            a.annotation = ann;
            return a;
        }
        return at(new ExprStmt(first), first);
    }

    private static String describe(Expr e) {
        if (e instanceof TupleE) {
            return "tuple";
        }
        if (e instanceof ListE) {
            return "list";
        }
        if (e instanceof Call) {
            return "function call";
        }
        if (e instanceof Const) {
            return "literal";
        }
        return "expression";
    }

    private int augOp(Tok t) {
        String s = t.text.substring(0, t.text.length() - 1);
        for (int i = 0; i < Ast.BIN_SYM.length; i++) {
            if (Ast.BIN_SYM[i].equals(s)) {
                return i;
            }
        }
        throw err("invalid syntax", t);
    }

    private boolean endOfSimple() {
        return peek().type == T.NEWLINE || at(";") || peek().type == T.EOF;
    }

    private String dotted() {
        StringBuilder sb = new StringBuilder(name());
        while (accept(".")) {
            sb.append('.').append(name());
        }
        return sb.toString();
    }

    private Stmt importStmt() {
        Tok t = next();
        List<Stmt> many = new ArrayList<>();
        Stmt first = null;
        do {
            String mod = dotted();
            String as = acceptKw("as") ? name() : null;
            declare(as != null ? as : mod.indexOf('.') < 0 ? mod : mod.substring(0, mod.indexOf('.')));
            Stmt s = at(new Import(mod, as, null, null), t);
            if (first == null) {
                first = s;
            } else {
                many.add(s);
            }
        } while (accept(","));
        if (many.isEmpty()) {
            return first;
        }
        many.add(0, first);
        If block = at(new If(at(new Const(Boolean.TRUE), t), many, null), t);
        return block;
    }

    private Stmt fromStmt() {
        Tok t = next();
        if (at(".")) {
            throw err("relative imports are not supported in the playground", t);
        }
        String mod = dotted();
        expectKw("import");
        List<String> names = new ArrayList<>();
        List<String> asNames = new ArrayList<>();
        if (accept("*")) {
            names.add("*");
            asNames.add("*");
        } else {
            boolean paren = accept("(");
            do {
                if (paren && at(")")) {
                    break;
                }
                String n = name();
                String as = acceptKw("as") ? name() : n;
                declare(as);
                names.add(n);
                asNames.add(as);
            } while (accept(","));
            if (paren) {
                expect(")");
            }
        }
        return at(new Import(mod, null, names, asNames), t);
    }

    private Stmt ifStmt() {
        Tok t = next();
        Expr cond = namedTest();
        List<Stmt> body = block();
        List<Stmt> orElse = null;
        if (atKw("elif")) {
            orElse = new ArrayList<>();
            orElse.add(ifStmt());
        } else if (acceptKw("else")) {
            orElse = block();
        }
        return at(new If(cond, body, orElse), t);
    }

    // ---------------------------------------------------------------- match (see Match)

    private int matches; // numbers the hidden subject names

    /** 'match' is a soft keyword: a match statement's line ends with ':' and its block starts with 'case'. */
    private boolean isMatch() {
        int k = p + 1;
        while (k < toks.size() && toks.get(k).type != T.NEWLINE && toks.get(k).type != T.EOF) {
            k++;
        }
        return k + 2 < toks.size() && k > p + 1 && toks.get(k - 1).type == T.OP && toks.get(k - 1).text.equals(":")
                && toks.get(k + 1).type == T.INDENT && toks.get(k + 2).type == T.NAME && toks.get(k + 2).text.equals("case");
    }

    /** match s: case P if g: ... as {@code __matchN = s} and an if/elif chain of {@link Match.Test}s. */
    private void matchStmt(List<Stmt> out) {
        Tok t = next();
        Expr subject = testList();
        String tmp = "__match" + matches++;
        declare(tmp);
        List<Expr> targets = new ArrayList<>();
        targets.add(at(new Name(tmp), t));
        out.add(at(new Assign(targets, subject), t));
        expect(":");
        if (peek().type != T.NEWLINE) {
            throw unexpected(null);
        }
        p++;
        enter(peek());
        p++; // INDENT (see isMatch)
        List<Expr> conds = new ArrayList<>();
        List<List<Stmt>> bodies = new ArrayList<>();
        List<Tok> at = new ArrayList<>();
        while (peek().type != T.DEDENT && peek().type != T.EOF) {
            if (peek().type == T.NEWLINE) {
                p++;
                continue;
            }
            Tok c = peek();
            if (!acceptKw("case")) {
                throw unexpected("expected 'case'");
            }
            Match.Pat pat = openPattern();
            Expr guard = acceptKw("if") ? namedTest() : null;
            conds.add(at(new Match.Test(pat, at(new Name(tmp), c), guard), c));
            bodies.add(block());
            at.add(c);
        }
        if (peek().type == T.DEDENT) {
            p++;
        }
        depth--;
        List<Stmt> orElse = null;
        for (int i = conds.size() - 1; i >= 0; i--) {
            Stmt s = at(new If(conds.get(i), bodies.get(i), orElse), at.get(i));
            orElse = new ArrayList<>();
            orElse.add(s);
        }
        out.add(orElse.get(0));
    }

    /** A case's patterns: one, or several separated by commas (a sequence pattern without brackets). */
    private Match.Pat openPattern() {
        List<Match.Pat> items = new ArrayList<>();
        int[] star = {-1};
        String[] starName = new String[1];
        seqItem(items, star, starName);
        if (!at(",")) {
            if (star[0] >= 0) {
                throw err("invalid syntax", toks.get(p - 1));
            }
            return items.get(0);
        }
        while (accept(",") && !at(":") && !atKw("if")) {
            seqItem(items, star, starName);
        }
        return new Match.Seq(items, star[0], starName[0]);
    }

    /** One item of a sequence pattern: a pattern or *name (at most one). */
    private void seqItem(List<Match.Pat> items, int[] star, String[] starName) {
        if (at("*")) {
            Tok t = next();
            if (star[0] >= 0) {
                throw err("multiple starred names in sequence pattern", t);
            }
            star[0] = items.size();
            String n = name();
            if (!n.equals("_")) {
                declare(n);
                starName[0] = n;
            }
            items.add(new Match.Capture(null, null)); // its place; the star takes the rest
            return;
        }
        items.add(pattern());
    }

    private Match.Pat pattern() {
        Match.Pat first = closedPattern();
        Match.Pat pat = first;
        if (at("|")) {
            List<Match.Pat> alts = new ArrayList<>();
            alts.add(first);
            while (accept("|")) {
                alts.add(closedPattern());
            }
            pat = new Match.Or(alts);
        }
        if (acceptKw("as")) {
            String n = name();
            declare(n);
            return new Match.Capture(n, pat);
        }
        return pat;
    }

    private Match.Pat closedPattern() {
        Tok t = peek();
        if (at("-") || t.type == T.INT || t.type == T.FLOAT || t.type == T.STRING || t.type == T.BYTES) {
            return new Match.Value(factor());
        }
        if (t.type == T.NAME && (t.text.equals("None") || t.text.equals("True") || t.text.equals("False"))) {
            return new Match.Value(atom());
        }
        if (t.type == T.NAME) {
            String n = name();
            Expr e = at(new Name(n), t);
            boolean dotted = false;
            while (accept(".")) {
                e = at(new Attr(e, name()), t);
                dotted = true;
            }
            if (accept("(")) {
                return classPattern(e);
            }
            if (dotted) {
                return new Match.Value(e);
            }
            if (n.equals("_")) {
                return new Match.Capture(null, null);
            }
            declare(n);
            return new Match.Capture(n, null);
        }
        if (at("(") || at("[")) {
            String close = next().text.equals("(") ? ")" : "]";
            if (accept(close)) {
                return new Match.Seq(new ArrayList<>(), -1, null);
            }
            List<Match.Pat> items = new ArrayList<>();
            int[] star = {-1};
            String[] starName = new String[1];
            seqItem(items, star, starName);
            boolean comma = false;
            while (accept(",")) {
                comma = true;
                if (at(close)) {
                    break;
                }
                seqItem(items, star, starName);
            }
            expect(close);
            if (close.equals(")") && !comma && star[0] < 0) {
                return items.get(0); // a group: (P)
            }
            return new Match.Seq(items, star[0], starName[0]);
        }
        if (accept("{")) {
            List<Expr> keys = new ArrayList<>();
            List<Match.Pat> values = new ArrayList<>();
            String rest = null;
            while (!at("}")) {
                if (accept("**")) {
                    rest = name();
                    declare(rest);
                } else {
                    Match.Pat k = closedPattern();
                    if (!(k instanceof Match.Value)) {
                        throw err("mapping pattern keys may only match literals and attribute lookups", t);
                    }
                    keys.add(((Match.Value) k).value);
                    expect(":");
                    values.add(pattern());
                }
                if (!accept(",")) {
                    break;
                }
            }
            expect("}");
            return new Match.Mapping(keys, values, rest);
        }
        throw unexpected(null);
    }

    /** Cls(P, ..., name=P, ...) after the '('. */
    private Match.Pat classPattern(Expr cls) {
        List<Match.Pat> args = new ArrayList<>();
        List<String> kwNames = new ArrayList<>();
        List<Match.Pat> kwPats = new ArrayList<>();
        while (!at(")")) {
            if (peek().type == T.NAME && peek(1).type == T.OP && peek(1).text.equals("=")) {
                kwNames.add(name());
                p++;
                kwPats.add(pattern());
            } else {
                if (!kwNames.isEmpty()) {
                    throw err("positional patterns follow keyword patterns", peek());
                }
                args.add(pattern());
            }
            if (!accept(",")) {
                break;
            }
        }
        expect(")");
        return new Match.ClassPat(cls, args, kwNames, kwPats);
    }

    private Stmt whileStmt() {
        Tok t = next();
        Expr cond = namedTest();
        List<Stmt> body = block();
        List<Stmt> orElse = acceptKw("else") ? block() : null;
        return at(new While(cond, body, orElse), t);
    }

    private Stmt forStmt() {
        Tok t = next();
        Expr target = targetList();
        declareTarget(target, "assign to");
        expectKw("in");
        Expr iter = testList();
        List<Stmt> body = block();
        List<Stmt> orElse = acceptKw("else") ? block() : null;
        return at(new For(target, iter, body, orElse), t);
    }

    private Expr namedTest() {
        if (atWalrus()) {
            return walrus();
        }
        Expr e = test();
        if (at(":=")) {
            throw err("cannot use assignment expressions with " + describe(e), peek());
        }
        return e;
    }

    private boolean atWalrus() {
        return peek().type == T.NAME && peek(1).type == T.OP && peek(1).text.equals(":=");
    }

    /** name := test; the name is bound in the nearest function (or module) that is not a comprehension. */
    private Expr walrus() {
        Tok t = next();
        if (isKeyword(t.text)) {
            throw err("cannot use assignment expressions with " + t.text, t);
        }
        p++;
        Scope s = scope;
        while (s != null && s.comp) {
            s = s.parent;
        }
        if (s != null && s.isClass && s != scope) {
            throw err("assignment expression within a comprehension cannot be used in a class body", t);
        }
        if (s != null) {
            s.assigned(t.text);
        }
        Expr v = test();
        return at(new Walrus(at(new Name(t.text), t), v), t);
    }

    /** yield [testlist] | yield from test; makes the function a generator. */
    private Expr yieldExpr() {
        Tok t = next();
        if (scope == null || scope.isClass) {
            throw err("'yield' outside function", t);
        }
        if (scope.comp) {
            throw err("'yield' inside comprehension", t);
        }
        scope.generator = true;
        if (acceptKw("from")) {
            return at(new GenLower.Yield(test(), true), t);
        }
        Expr v = endOfSimple() || at(")") || at("=") || at("]") || at("}") ? null : testListStar();
        return at(new GenLower.Yield(v, false), t);
    }

    private void withItems(List<Expr> ctxs, List<Expr> targets, List<Tok> toks, boolean paren) {
        do {
            if (paren && at(")")) {
                break;
            }
            toks.add(peek());
            ctxs.add(test());
            Expr tg = null;
            if (acceptKw("as")) {
                tg = orExpr();
                declareTarget(tg, "assign to");
            }
            targets.add(tg);
        } while (accept(","));
    }

    private Stmt withStmt() {
        Tok t = next();
        List<Expr> ctxs = new ArrayList<>();
        List<Expr> targets = new ArrayList<>();
        List<Tok> toks = new ArrayList<>();
        if (at("(")) { // with (a as x, b as y): ... or an expression that starts with '('
            int save = p;
            int savedDepth = depth;
            try {
                p++;
                withItems(ctxs, targets, toks, true);
                expect(")");
                if (!at(":")) {
                    throw unexpected(null);
                }
            } catch (PySyntaxError e) {
                p = save;
                depth = savedDepth;
                ctxs.clear();
                targets.clear();
                toks.clear();
            }
        }
        if (ctxs.isEmpty()) {
            withItems(ctxs, targets, toks, false);
        }
        List<Stmt> body = block();
        for (int i = ctxs.size() - 1; i >= 0; i--) {
            Stmt w = at(new With(ctxs.get(i), targets.get(i), body), i == 0 ? t : toks.get(i));
            body = new ArrayList<>();
            body.add(w);
        }
        return body.get(0);
    }

    /** for-loop / comprehension targets: a comma list of or-expressions (no 'in' comparison). */
    private Expr targetList() {
        Tok t = peek();
        List<Expr> elts = new ArrayList<>();
        boolean comma = false;
        do {
            if (atKw("in")) {
                break;
            }
            if (at("*")) {
                Tok st = next();
                elts.add(at(new Starred(orExpr()), st));
            } else {
                elts.add(orExpr());
            }
            if (!at(",")) {
                break;
            }
            comma = true;
        } while (accept(","));
        if (elts.isEmpty()) {
            throw unexpected(null);
        }
        return elts.size() == 1 && !comma ? elts.get(0) : at(new TupleE(elts), t);
    }

    private Params params(String close) {
        Params ps = new Params();
        boolean seenDefault = false;
        boolean kwOnly = false;
        while (!at(close)) {
            if (accept("**")) {
                ps.kwargs = name();
                declare(ps.kwargs);
                accept(",");
                break;
            }
            if (accept("*")) {
                kwOnly = true;
                if (!at(",") && !at(close)) {
                    ps.varargs = name();
                    declare(ps.varargs);
                }
            } else if (accept("/")) {
                ps.posOnly = ps.positional.size();
            } else {
                Tok nt = peek();
                String n = name();
                if (close.equals(")") && accept(":")) {
                    test(); // annotation
                }
                Expr def = null;
                if (accept("=")) {
                    def = test();
                    seenDefault = true;
                } else if (seenDefault && !kwOnly) {
                    throw err("non-default argument follows default argument", nt);
                }
                for (Param q : ps.positional) {
                    if (q.name.equals(n)) {
                        throw err("duplicate argument '" + n + "' in function definition", nt);
                    }
                }
                declare(n);
                (kwOnly ? ps.kwonly : ps.positional).add(new Param(n, def));
            }
            if (!accept(",")) {
                break;
            }
        }
        return ps;
    }

    private Stmt defStmt(List<Expr> decos) {
        Tok t = next();
        String n = name();
        declare(n);
        Scope outer = scope;
        scope = new Scope(outer, false);
        expect("(");
        Params ps = params(")");
        expect(")");
        if (accept("->")) {
            test();
        }
        String qual = classNames.isEmpty() || outer == null || !outer.isClass ? n : classNames.get(classNames.size() - 1) + "." + n;
        List<Stmt> body = block();
        Scope s = scope;
        scope = outer;
        Def d = at(new Def(n, ps, body, s, decos), t);
        d.qualname = qual;
        return d;
    }

    private Stmt classStmt() {
        Tok t = next();
        String n = name();
        declare(n);
        List<Expr> bases = new ArrayList<>();
        List<String> kwNames = new ArrayList<>();
        List<Expr> kwVals = new ArrayList<>();
        if (accept("(")) {
            while (!at(")")) {
                if (peek().type == T.NAME && peek(1).type == T.OP && peek(1).text.equals("=")) { // metaclass=M, keywords
                    kwNames.add(name());
                    p++;
                    kwVals.add(test());
                } else {
                    if (!kwNames.isEmpty()) {
                        throw err("positional argument follows keyword argument", peek());
                    }
                    bases.add(test());
                }
                if (!accept(",")) {
                    break;
                }
            }
            expect(")");
        }
        Scope outer = scope;
        String qual = classNames.isEmpty() || outer == null || !outer.isClass ? n : classNames.get(classNames.size() - 1) + "." + n;
        scope = new Scope(outer, true);
        classNames.add(qual); // qualified, so methods of nested classes get Outer.Inner.m
        List<Stmt> body = block();
        classNames.remove(classNames.size() - 1);
        Scope s = scope;
        scope = outer;
        ClassDef c = at(new ClassDef(n, bases, body, s), t);
        c.qualname = qual;
        c.kwNames = kwNames;
        c.kwVals = kwVals;
        return c;
    }

    private Stmt tryStmt() {
        Tok t = next();
        List<Stmt> body = block();
        List<Handler> handlers = new ArrayList<>();
        while (atKw("except")) {
            p++;
            Expr type = null;
            String as = null;
            if (!at(":")) {
                type = test();
                if (acceptKw("as")) {
                    as = name();
                    declare(as);
                }
            }
            handlers.add(new Handler(type, as, block()));
        }
        List<Stmt> orElse = null;
        if (!handlers.isEmpty() && acceptKw("else")) {
            orElse = block();
        }
        List<Stmt> fin = acceptKw("finally") ? block() : null;
        if (handlers.isEmpty() && fin == null) {
            throw unexpected("expected 'except' or 'finally' block");
        }
        return at(new Try(body, handlers, orElse, fin), t);
    }

    // ---------------------------------------------------------------- expressions

    /** test (',' test)* with an optional trailing comma; a tuple if there is a comma. Allows *starred. */
    private Expr testListStar() {
        Tok t = peek();
        Expr first = starOrTest();
        if (!at(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(",")) {
            if (endOfSimple() || at("=") || at(")") || isAugOp()) {
                break;
            }
            elts.add(starOrTest());
        }
        return at(new TupleE(elts), t);
    }

    private boolean isAugOp() {
        Tok t = peek();
        return t.type == T.OP && t.text.length() >= 2 && t.text.endsWith("=") && !t.text.equals("==")
                && !t.text.equals("<=") && !t.text.equals(">=") && !t.text.equals("!=");
    }

    private Expr testList() {
        Tok t = peek();
        Expr first = starOrTest();
        if (!at(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(",")) {
            if (at(":") || peek().type == T.NEWLINE) {
                break;
            }
            elts.add(starOrTest());
        }
        return at(new TupleE(elts), t);
    }

    private Expr starOrTest() {
        if (atWalrus()) {
            return walrus();
        }
        if (at("*")) {
            Tok t = next();
            return at(new Starred(orExpr()), t);
        }
        return test();
    }

    Expr test() {
        Tok t = peek();
        enter(t);
        try {
            if (atKw("lambda")) {
                return lambda();
            }
            Expr e = orTest();
            if (atKw("if")) {
                // conditional expression (but not a comprehension's 'if', handled by callers stopping earlier)
                p++;
                Expr cond = orTest();
                expectKw("else");
                Expr other = test();
                return at(new IfExp(cond, e, other), e);
            }
            return e;
        } finally {
            depth--;
        }
    }

    /** test without a conditional expression (comprehension conditions). */
    private Expr testNoCond() {
        if (atKw("lambda")) {
            return lambda();
        }
        return orTest();
    }

    private Expr lambda() {
        Tok t = next();
        Scope outer = scope;
        scope = new Scope(outer, false);
        Params ps = params(":");
        expect(":");
        Expr body = test();
        Scope s = scope;
        scope = outer;
        return at(new Lambda(ps, body, s), t);
    }

    private Expr orTest() {
        Expr e = andTest();
        while (atKw("or")) {
            p++;
            Expr r = andTest();
            e = at(new BoolOp(false, e, r), e);
        }
        return e;
    }

    private Expr andTest() {
        Expr e = notTest();
        while (atKw("and")) {
            p++;
            Expr r = notTest();
            e = at(new BoolOp(true, e, r), e);
        }
        return e;
    }

    private Expr notTest() {
        if (atKw("not")) {
            Tok t = next();
            enter(t);
            try {
                return at(new Unary(Ast.NOT, notTest()), t);
            } finally {
                depth--;
            }
        }
        return comparison();
    }

    private static final String[] COMPARE = {"<", ">", "==", "!=", "<=", ">="};
    private static final int[] COMPARE_OPS = {Ast.LT, Ast.GT, Ast.EQ, Ast.NE, Ast.LE, Ast.GE};

    private int compOp() {
        Tok t = peek();
        if (t.type == T.OP) {
            for (int i = 0; i < COMPARE.length; i++) {
                if (COMPARE[i].equals(t.text)) {
                    p++;
                    return COMPARE_OPS[i];
                }
            }
            return -1;
        }
        if (t.type == T.NAME) {
            if (t.text.equals("in")) {
                p++;
                return Ast.IN;
            }
            if (t.text.equals("not") && peek(1).type == T.NAME && peek(1).text.equals("in")) {
                p += 2;
                return Ast.NOTIN;
            }
            if (t.text.equals("is")) {
                p++;
                return acceptKw("not") ? Ast.ISNOT : Ast.IS;
            }
        }
        return -1;
    }

    private Expr comparison() {
        Expr e = orExpr();
        int op = compOp();
        if (op < 0) {
            return e;
        }
        List<Integer> ops = new ArrayList<>();
        List<Expr> xs = new ArrayList<>();
        xs.add(e);
        while (op >= 0) {
            ops.add(op);
            xs.add(orExpr());
            op = compOp();
        }
        int[] o = new int[ops.size()];
        for (int i = 0; i < o.length; i++) {
            o[i] = ops.get(i);
        }
        return at(new Compare(o, xs.toArray(new Expr[0])), e);
    }

    private Expr orExpr() {
        Expr e = xorExpr();
        while (at("|")) {
            p++;
            e = at(new BinOp(Ast.BITOR, e, xorExpr()), e);
        }
        return e;
    }

    private Expr xorExpr() {
        Expr e = andExpr();
        while (at("^")) {
            p++;
            e = at(new BinOp(Ast.BITXOR, e, andExpr()), e);
        }
        return e;
    }

    private Expr andExpr() {
        Expr e = shiftExpr();
        while (at("&")) {
            p++;
            e = at(new BinOp(Ast.BITAND, e, shiftExpr()), e);
        }
        return e;
    }

    private Expr shiftExpr() {
        Expr e = arith();
        while (at("<<") || at(">>")) {
            int op = next().text.equals("<<") ? Ast.LSHIFT : Ast.RSHIFT;
            e = at(new BinOp(op, e, arith()), e);
        }
        return e;
    }

    private Expr arith() {
        Expr e = term();
        while (at("+") || at("-")) {
            int op = next().text.equals("+") ? Ast.ADD : Ast.SUB;
            e = at(new BinOp(op, e, term()), e);
        }
        return e;
    }

    private Expr term() {
        Expr e = factor();
        while (true) {
            int op;
            if (at("*")) {
                op = Ast.MUL;
            } else if (at("/")) {
                op = Ast.DIV;
            } else if (at("//")) {
                op = Ast.FLOORDIV;
            } else if (at("%")) {
                op = Ast.MOD;
            } else if (at("@")) {
                op = Ast.MATMUL;
            } else {
                return e;
            }
            p++;
            e = at(new BinOp(op, e, factor()), e);
        }
    }

    private Expr factor() {
        if (at("-") || at("+") || at("~")) {
            Tok t = next();
            enter(t);
            try {
                Expr operand = factor();
                int op = t.text.equals("-") ? Ast.NEG : t.text.equals("+") ? Ast.POS : Ast.INV;
                if (op == Ast.NEG && operand instanceof Const && !(operand instanceof Const && ((Const) operand).value instanceof Boolean)) {
                    Object v = ((Const) operand).value;
                    if (v instanceof Long && (Long) v != Long.MIN_VALUE) {
                        return at(new Const(-(Long) v), t);
                    }
                    if (v instanceof Double) {
                        return at(new Const(-(Double) v), t);
                    }
                }
                return at(new Unary(op, operand), t);
            } finally {
                depth--;
            }
        }
        return power();
    }

    private Expr power() {
        Expr e = primary();
        if (at("**")) {
            Tok t = next();
            enter(t);
            try {
                Expr r = factor();
                return at(new BinOp(Ast.POW, e, r), e);
            } finally {
                depth--;
            }
        }
        return e;
    }

    private Expr primary() {
        Expr e = atom();
        while (true) {
            if (at("(")) {
                Tok t = next();
                enter(t);
                e = callArgs(e);
                depth--;
            } else if (at("[")) {
                Tok t = next();
                enter(t);
                Expr idx = subscript();
                expect("]");
                depth--;
                e = at(new Subscript(e, idx), e);
            } else if (at(".")) {
                p++;
                Tok nt = peek();
                if (nt.type != T.NAME) {
                    throw unexpected("expected an attribute name");
                }
                p++;
                e = at(new Attr(e, nt.text), e);
            } else {
                return e;
            }
        }
    }

    private Expr callArgs(Expr fn) {
        List<Expr> args = new ArrayList<>();
        List<String> kwNames = new ArrayList<>();
        List<Expr> kwVals = new ArrayList<>();
        while (!at(")")) {
            Tok t = peek();
            if (accept("**")) {
                kwNames.add(null);
                kwVals.add(test());
            } else if (accept("*")) {
                args.add(at(new Starred(test()), t));
            } else if (t.type == T.NAME && peek(1).type == T.OP && peek(1).text.equals("=")) {
                String n = name();
                p++;
                if (kwNames.contains(n)) {
                    throw err("keyword argument repeated: " + n, t);
                }
                kwNames.add(n);
                kwVals.add(test());
            } else {
                Expr a = atWalrus() ? walrus() : test();
                if (atKw("for")) {
                    a = comprehension(Ast.GEN, a, null, t);
                    if (!args.isEmpty() || !at(")")) {
                        throw err("Generator expression must be parenthesized", t);
                    }
                }
                if (!kwNames.isEmpty() && !(a instanceof Starred)) {
                    throw err("positional argument follows keyword argument", t);
                }
                args.add(a);
            }
            if (!accept(",")) {
                break;
            }
        }
        expect(")");
        return at(new Call(fn, args, kwNames, kwVals), fn);
    }

    private Expr subscript() {
        Tok t = peek();
        List<Expr> elts = new ArrayList<>();
        boolean comma = false;
        while (true) {
            elts.add(sliceItem());
            if (!accept(",")) {
                break;
            }
            comma = true;
            if (at("]")) {
                break;
            }
        }
        return elts.size() == 1 && !comma ? elts.get(0) : at(new TupleE(elts), t);
    }

    private Expr sliceItem() {
        Tok t = peek();
        Expr lo = null;
        if (!at(":")) {
            lo = test();
            if (!at(":")) {
                return lo;
            }
        }
        expect(":");
        Expr hi = at(":") || at("]") || at(",") ? null : test();
        Expr step = null;
        if (accept(":")) {
            step = at("]") || at(",") ? null : test();
        }
        return at(new SliceE(lo, hi, step), t);
    }

    private Expr comprehension(int kind, Expr elt, Expr val, Tok t) {
        Scope outer = scope;
        Scope cs = new Scope(outer, false);
        cs.comp = true;
        List<CompFor> gens = new ArrayList<>();
        // The first iterable is evaluated in the enclosing scope; parse the clauses with the inner scope active
        // for targets and conditions. Names in elt were parsed before: they resolve at run time through the
        // comprehension frame first (its locals are the targets), then the enclosing frames.
        boolean first = true;
        while (atKw("for")) {
            p++;
            scope = cs;
            Expr target = targetList();
            declareTarget(target, "assign to");
            expectKw("in");
            if (first) {
                scope = outer;
            }
            Expr iter = orTest();
            scope = cs;
            List<Expr> ifs = new ArrayList<>();
            while (atKw("if")) {
                p++;
                ifs.add(testNoCond());
            }
            gens.add(new CompFor(target, iter, ifs));
            first = false;
        }
        scope = outer;
        return at(new Comp(kind, elt, val, gens, cs), t);
    }

    private Expr atom() {
        Tok t = peek();
        if (t.type == T.INT) {
            p++;
            try {
                return at(new Const(Ints.parse(t.text, 10)), t);
            } catch (NumberFormatException e) {
                return at(new Const(dev.backprop.py.Num.parse(t.text)), t);
            }
        } else if (t.type == T.FLOAT) {
            p++;
            return at(new Const(dev.backprop.py.Num.parse(t.text)), t);
        } else if (t.type == T.STRING) {
            p++;
            return at(new Const(t.text), t);
        } else if (t.type == T.FSTRING) {
            p++;
            return fstring(t);
        } else if (t.type == T.BYTES) { // b'..': the builtin bytes class called with the literal's bytes
            p++;
            List<Expr> args = new ArrayList<>();
            args.add(at(new Const(t.text), t));
            args.add(at(new Const("latin-1"), t));
            return at(new Call(at(new Name(Bytes.LITERAL), t), args, new ArrayList<>(), new ArrayList<>()), t);
        } else if (t.type == T.NAME) {
            switch (keyword(t.text)) {
                case K_TRUE: p++; return at(new Const(Boolean.TRUE), t);
                case K_FALSE: p++; return at(new Const(Boolean.FALSE), t);
                case K_NONE: p++; return at(new Const(Py.NONE), t);
                default:
                    if (isKeyword(t.text)) {
                        throw unexpected(null);
                    }
                    p++;
                    return at(new Name(t.text), t);
            }
        } else if (t.type != T.OP) {
            throw unexpected(null);
        }
        if (at("(")) {
            p++;
            enter(t);
            try {
                if (accept(")")) {
                    return at(new TupleE(new ArrayList<>()), t);
                }
                if (atKw("yield")) {
                    Expr y = yieldExpr();
                    expect(")");
                    return y;
                }
                Expr first = starOrTest();
                if (atKw("for")) {
                    Expr c = comprehension(Ast.GEN, first, null, t);
                    expect(")");
                    return c;
                }
                if (accept(")")) {
                    return first;
                }
                List<Expr> elts = new ArrayList<>();
                elts.add(first);
                while (accept(",")) {
                    if (at(")")) {
                        break;
                    }
                    elts.add(starOrTest());
                }
                expect(")");
                return at(new TupleE(elts), t);
            } finally {
                depth--;
            }
        }
        if (at("[")) {
            p++;
            enter(t);
            try {
                List<Expr> elts = new ArrayList<>();
                if (accept("]")) {
                    return at(new ListE(elts), t);
                }
                Expr first = starOrTest();
                if (atKw("for")) {
                    Expr c = comprehension(Ast.LIST, first, null, t);
                    expect("]");
                    return c;
                }
                elts.add(first);
                while (accept(",")) {
                    if (at("]")) {
                        break;
                    }
                    elts.add(starOrTest());
                }
                expect("]");
                return at(new ListE(elts), t);
            } finally {
                depth--;
            }
        }
        if (at("{")) {
            p++;
            enter(t);
            try {
                if (accept("}")) {
                    return at(new DictE(new ArrayList<>(), new ArrayList<>()), t);
                }
                if (accept("**")) {
                    List<Expr> ks = new ArrayList<>();
                    List<Expr> vs = new ArrayList<>();
                    ks.add(null);
                    vs.add(orExpr());
                    return dictRest(ks, vs, t);
                }
                Expr first = starOrTest();
                if (accept(":")) {
                    Expr v = test();
                    if (atKw("for")) {
                        Expr c = comprehension(Ast.DICT, first, v, t);
                        expect("}");
                        return c;
                    }
                    List<Expr> ks = new ArrayList<>();
                    List<Expr> vs = new ArrayList<>();
                    ks.add(first);
                    vs.add(v);
                    return dictRest(ks, vs, t);
                }
                if (atKw("for")) {
                    Expr c = comprehension(Ast.SET, first, null, t);
                    expect("}");
                    return c;
                }
                List<Expr> elts = new ArrayList<>();
                elts.add(first);
                while (accept(",")) {
                    if (at("}")) {
                        break;
                    }
                    elts.add(starOrTest());
                }
                expect("}");
                return at(new SetE(elts), t);
            } finally {
                depth--;
            }
        }
        if (at("...")) {
            p++;
            return at(new Const(Py.ELLIPSIS), t);
        }
        throw unexpected(null);
    }

    private Expr dictRest(List<Expr> ks, List<Expr> vs, Tok t) {
        while (accept(",")) {
            if (at("}")) {
                break;
            }
            if (accept("**")) {
                ks.add(null);
                vs.add(orExpr());
                continue;
            }
            ks.add(test());
            expect(":");
            vs.add(test());
        }
        expect("}");
        return at(new DictE(ks, vs), t);
    }

    // ---------------------------------------------------------------- f-strings

    private Expr fstring(Tok t) {
        return at(new FString(fparts(t.text, t, 0)), t);
    }

    private List<FPart> fparts(String s, Tok t, int level) {
        List<FPart> parts = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '{') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '{') {
                    lit.append('{');
                    i += 2;
                    continue;
                }
                if (lit.length() > 0) {
                    parts.add(new FPart(Lexer.unescape(lit.toString()), null, (char) 0, null, null));
                    lit.setLength(0);
                }
                // find the end of the expression: a top-level '}', '!' or ':'
                int j = i + 1;
                int nest = 0;
                char quote = 0;
                int exprEnd = -1;
                int convAt = -1;
                int specAt = -1;
                while (j < s.length()) {
                    char d = s.charAt(j);
                    if (quote != 0) {
                        if (d == quote) {
                            quote = 0;
                        }
                    } else if (d == '\'' || d == '"') {
                        quote = d;
                    } else if (d == '(' || d == '[' || d == '{') {
                        nest++;
                    } else if ((d == ')' || d == ']' || d == '}') && nest > 0) {
                        nest--;
                    } else if (nest == 0 && d == '}') {
                        break;
                    } else if (nest == 0 && d == '!' && j + 1 < s.length() && s.charAt(j + 1) != '=' && exprEnd < 0) {
                        exprEnd = j;
                        convAt = j + 1;
                    } else if (nest == 0 && d == ':' && specAt < 0) {
                        if (exprEnd < 0) {
                            exprEnd = j;
                        }
                        specAt = j + 1;
                        // the spec runs to the matching '}' (it may hold nested {..})
                        int sn = 0;
                        j++;
                        while (j < s.length()) {
                            char e = s.charAt(j);
                            if (e == '{') {
                                sn++;
                            } else if (e == '}') {
                                if (sn == 0) {
                                    break;
                                }
                                sn--;
                            }
                            j++;
                        }
                        break;
                    }
                    j++;
                }
                if (j >= s.length()) {
                    throw err("f-string: expecting '}'", t);
                }
                if (exprEnd < 0) {
                    exprEnd = j;
                }
                String exprText = s.substring(i + 1, exprEnd);
                String debug = null;
                String trimmed = exprText.trim();
                if (trimmed.endsWith("=") && !trimmed.endsWith("==") && !trimmed.endsWith("!=")
                        && !trimmed.endsWith("<=") && !trimmed.endsWith(">=")) {
                    debug = exprText;
                    exprText = exprText.substring(0, exprText.lastIndexOf('='));
                }
                if (exprText.trim().isEmpty()) {
                    throw err("f-string: valid expression required before '}'", t);
                }
                char conv = 0;
                if (convAt >= 0) {
                    int convEnd = specAt >= 0 ? specAt - 1 : j;
                    String cs = s.substring(convAt, convEnd);
                    if (!(cs.equals("r") || cs.equals("s") || cs.equals("a"))) {
                        throw err("f-string: invalid conversion character", t);
                    }
                    conv = cs.charAt(0);
                }
                List<FPart> spec = specAt >= 0 ? fparts(s.substring(specAt, j), t, level + 1) : null;
                Expr e = subExpr(exprText, t, i + 1);
                parts.add(new FPart(null, e, conv, spec, debug));
                i = j + 1;
                continue;
            }
            if (c == '}') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '}') {
                    lit.append('}');
                    i += 2;
                    continue;
                }
                throw err("f-string: single '}' is not allowed", t);
            }
            lit.append(c);
            i++;
        }
        if (lit.length() > 0) {
            parts.add(new FPart(level == 0 ? Lexer.unescape(lit.toString()) : lit.toString(), null, (char) 0, null, null));
        }
        return parts;
    }

    private Expr subExpr(String text, Tok t, int offset) {
        List<Tok> sub;
        try {
            sub = Lexer.tokenize("(" + text + ")");
        } catch (PySyntaxError e) {
            throw err("f-string: " + e.getMessage(), t);
        }
        Parser ps = new Parser(sub, prelude);
        ps.scope = scope;
        ps.depth = depth;
        ps.lineOffset = t.line - 1;
        ps.colOffset = t.col + offset; // approximate: columns inside the literal
        Expr e = ps.testList();
        if (ps.peek().type != T.NEWLINE && ps.peek().type != T.EOF) {
            throw err("f-string: invalid syntax", t);
        }
        return e;
    }
}
