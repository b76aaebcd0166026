package dev.backprop.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class AttrsTest {
    /**
     * programs/lang_classes.py: multiple inheritance with C3 MRO, super() along the MRO (also in class methods and
     * properties), __mro__, __bases__, __doc__, __qualname__, property setter/deleter and property(fget, fset),
     * class decorators, MRO errors; its .out is CPython 3.11's output.
     */
    @Test
    void classesPropertiesAndSuperPrintCPythonsText() {
        assertNull(Expected.exactly("lang_classes"));
    }

    @Test
    void aPropertyWithoutSetterNamesPropertyAndClass() {
        Run r = ProgramTest.runBig("class P:\n    @property\n    def x(self):\n        return 1\np = P()\np.x = 2\n");
        assertEquals("AttributeError", r.error().kind());
        assertEquals("property 'x' of 'P' object has no setter", r.error().message());
        assertEquals(6, r.error().line());
    }

    @Test
    void superInADiamondVisitsEachClassOnceInMroOrder() {
        Run r = ProgramTest.runBig("class A:\n    def f(self): return ['A']\n"
                + "class B(A):\n    def f(self): return ['B'] + super().f()\n"
                + "class C(A):\n    def f(self): return ['C'] + super().f()\n"
                + "class D(B, C):\n    def f(self): return ['D'] + super().f()\n"
                + "print(D().f())\n");
        assertNull(r.error());
        assertEquals("['D', 'B', 'C', 'A']\n", r.text());
    }

    /**
     * programs/lang_attrs.py: __getattr__, __setattr__/__delattr__ with object.__setattr__ and super(), descriptors
     * with __set_name__, type(name, bases, dict), NotImplemented from __eq__, __new__, __init_subclass__, a live
     * __dict__; its .out is CPython 3.11's output.
     */
    @Test
    void attributeHooksAndDescriptorsPrintCPythonsText() {
        assertNull(Expected.exactly("lang_attrs"));
    }

    @Test
    void getattrIsOnlyTheFallback() {
        Run r = ProgramTest.runBig("class D:\n    x = 1\n    def __getattr__(self, n):\n        return n.upper()\n"
                + "d = D()\nd.y = 2\nprint(d.x, d.y, d.zz)\n");
        assertNull(r.error());
        assertEquals("1 2 ZZ\n", r.text());
    }

    /**
     * programs/lang_oop.py: classes as people write them (inheritance, properties, class attributes, __str__ and
     * __repr__, qualnames, object's own methods through object and super()); its .out is CPython 3.11's output.
     */
    @Test
    void everydayClassesPrintCPythonsText() {
        assertNull(Expected.exactly("lang_oop"));
    }
}
