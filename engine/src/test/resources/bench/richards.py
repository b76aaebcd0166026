# Benchmark: classes, methods and attributes (issue 14): a Richards-like operating-system simulation - a
# scheduler over task control blocks (idle, worker, two handlers, two devices) passing packets along linked
# queues; subclasses override run(), state lives in attributes. 30 iterations; prints the counters.
I_IDLE, I_WORK, I_HANDLERA, I_HANDLERB, I_DEVA, I_DEVB = range(6)
K_DEV, K_WORK = 1000, 1001
BUFSIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, lst):
        self.link = None
        if lst is None:
            return self
        p = lst
        nxt = p.link
        while nxt is not None:
            p = nxt
            nxt = p.link
        p.link = self
        return lst


class Task:
    def __init__(self, sched, ident, prio, wkq, held):
        self.sched = sched
        self.ident = ident
        self.prio = prio
        self.wkq = wkq
        self.held = held
        self.waiting = wkq is not None
        self.link = sched.tasks
        sched.tasks = self
        sched.table[ident] = self

    def runnable(self):
        return not self.held and (not self.waiting or self.wkq is not None)

    def add_packet(self, pkt, old):
        if self.wkq is None:
            self.wkq = pkt
            self.waiting = False
            pkt.link = None
            if self.prio > old.prio:
                return self
        else:
            self.wkq = pkt.append_to(self.wkq)
        return old

    def take(self):
        pkt = self.wkq
        if pkt is not None:
            self.wkq = pkt.link
            self.waiting = False
        return pkt


class IdleTask(Task):
    def __init__(self, sched, ident, prio, count):
        Task.__init__(self, sched, ident, prio, None, False)
        self.control = 1
        self.count = count

    def run(self, pkt):
        self.count -= 1
        if self.count == 0:
            return self.sched.hold_self()
        if self.control & 1 == 0:
            self.control //= 2
            return self.sched.release(I_DEVA)
        self.control = (self.control // 2) ^ 0xD008
        return self.sched.release(I_DEVB)


class WorkTask(Task):
    def __init__(self, sched, ident, prio, wkq):
        super().__init__(sched, ident, prio, wkq, False)
        self.dest = I_HANDLERA
        self.count = 0

    def run(self, pkt):
        if pkt is None:
            return self.sched.wait()
        self.dest = I_HANDLERB if self.dest == I_HANDLERA else I_HANDLERA
        pkt.ident = self.dest
        pkt.datum = 0
        for i in range(BUFSIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            pkt.data[i] = ord("A") + self.count - 1
        return self.sched.queue(pkt)


class HandlerTask(Task):
    def __init__(self, sched, ident, prio, wkq):
        super().__init__(sched, ident, prio, wkq, False)
        self.work = None
        self.dev = None

    def run(self, pkt):
        if pkt is not None:
            if pkt.kind == K_WORK:
                self.work = pkt.append_to(self.work)
            else:
                self.dev = pkt.append_to(self.dev)
        if self.work is not None:
            w = self.work
            if w.datum < BUFSIZE:
                if self.dev is not None:
                    d = self.dev
                    self.dev = d.link
                    d.datum = w.data[w.datum]
                    w.datum += 1
                    return self.sched.queue(d)
            else:
                self.work = w.link
                return self.sched.queue(w)
        return self.sched.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident, prio, wkq):
        super().__init__(sched, ident, prio, wkq, False)
        self.pending = None

    def run(self, pkt):
        if pkt is None:
            if self.pending is None:
                return self.sched.wait()
            p = self.pending
            self.pending = None
            return self.sched.queue(p)
        self.pending = pkt
        self.sched.holds += 1
        return self.sched.hold_self()


class Scheduler:
    def __init__(self):
        self.tasks = None
        self.table = [None] * 6
        self.current = None
        self.holds = 0
        self.queued = 0

    def hold_self(self):
        self.holds += 1
        self.current.held = True
        return self.current.link

    def wait(self):
        self.current.waiting = True
        return self.current

    def release(self, ident):
        t = self.table[ident]
        t.held = False
        if t.prio > self.current.prio:
            return t
        return self.current

    def queue(self, pkt):
        t = self.table[pkt.ident]
        self.queued += 1
        pkt.link = None
        pkt.ident = self.current.ident
        return t.add_packet(pkt, self.current)

    def schedule(self):
        self.current = self.tasks
        while self.current is not None:
            t = self.current
            if t.runnable():
                self.current = t.run(t.take())
            else:
                self.current = t.link


def run_once(count):
    s = Scheduler()
    IdleTask(s, I_IDLE, 1, count)
    wkq = Packet(None, 0, K_WORK)
    wkq = Packet(wkq, 0, K_WORK)
    WorkTask(s, I_WORK, 1000, wkq)
    for ident, prio in ((I_HANDLERA, 2000), (I_HANDLERB, 3000)):
        dev = I_DEVA if ident == I_HANDLERA else I_DEVB
        wkq = Packet(None, dev, K_DEV)
        wkq = Packet(wkq, dev, K_DEV)
        wkq = Packet(wkq, dev, K_DEV)
        HandlerTask(s, ident, prio, wkq)
    DeviceTask(s, I_DEVA, 4000, None)
    DeviceTask(s, I_DEVB, 5000, None)
    s.schedule()
    return s.queued, s.holds


total = [0, 0]
for it in range(30):
    q, h = run_once(10000)
    total[0] += q
    total[1] += h
print(q, h, total)
