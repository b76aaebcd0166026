# classes as people write them: inheritance with super(), properties, class attributes, __str__/__repr__,
# NotImplementedError, qualnames, object's own __repr__/__str__ through object and super()
class Account:
    interest = 0.02
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
    @property
    def balance(self): return self._balance
    def deposit(self, amt):
        if amt <= 0: raise ValueError('Deposit must be positive')
        self._balance += amt
        return self
    def __str__(self): return f'{self.owner}: {self._balance:.2f}'
    def __repr__(self): return f'Account({self.owner!r}, {self._balance})'
class Savings(Account):
    interest = 0.05
    def add_interest(self): self._balance *= 1 + self.interest
    def __str__(self): return 'Savings ' + super().__str__()
s = Savings('Ann', 100); s.add_interest(); print(s, repr(s), s.balance, Savings.interest, Account.interest)
try: s.deposit(-1)
except ValueError as e: print('Error:', e)
try: s.balance = 5
except AttributeError as e: print(e)
print(isinstance(s, Account), type(s).__mro__[1].__name__, Savings.__bases__[0].__name__)
print([str(a) for a in sorted([Account('b', 2), Account('a', 1)], key=lambda a: a.owner)])
class Animal:
    def __init__(self, name): self.name = name
    def speak(self): raise NotImplementedError('Subclass must implement')
    def __repr__(self): return f'{type(self).__name__}({self.name!r})'
class Dog(Animal):
    def speak(self): return 'Woof'
class Cat(Animal):
    def speak(self): return 'Meow'
for a in [Dog('d'), Cat('c')]: print(a, a.speak())
try: Animal('x').speak()
except NotImplementedError as e: print(type(e).__name__, e)
print(Dog.__name__, Dog.__qualname__, Dog.speak.__qualname__, Dog('z').__class__.__name__, Dog.__doc__)
print(object.__repr__(Dog('r'))[:17], super(Dog, Dog('q')).__repr__())
class M:
    def __repr__(self): return 'M<' + super().__repr__()[:10]
print(repr(M()))
class Outer:
    class Inner:
        pass
print(Outer.Inner, repr(Outer.Inner())[:25], object.__eq__(s, s), object.__eq__(s, 1), object.__ne__(s, s))
