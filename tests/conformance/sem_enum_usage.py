# enum in everyday code: dataclass defaults, match, json of IntEnum, copy, properties and methods on members, str/format of IntEnum
from enum import Enum, IntEnum, Flag, auto
import dataclasses, json
class Status(Enum):
    ACTIVE = 'active'
    INACTIVE = 'inactive'
    def __str__(self): return self.value
@dataclasses.dataclass
class User:
    name: str
    status: Status = Status.ACTIVE
u = User('bob')
print(u, str(u.status), u.status is Status('active'))
print(json.dumps({'s': Status.ACTIVE.value}))
class Pri(IntEnum):
    LOW = auto()
    HIGH = auto()
print(sorted([Pri.HIGH, Pri.LOW]), Pri.HIGH > Pri.LOW, max(Pri.LOW, Pri.HIGH), Pri.LOW + 0, {Pri.LOW: 'x'}[1])
print(json.dumps({'p': Pri.HIGH}), json.dumps([Pri.LOW]))
def handle(s):
    match s:
        case Status.ACTIVE: return 'on'
        case Status.INACTIVE: return 'off'
print(handle(Status.INACTIVE), Status.ACTIVE.name.lower())
class Shape(Enum):
    CIRCLE = 1
    def area(self, r): return 3 * r * r
print(Shape.CIRCLE.area(2), type(Shape.CIRCLE.area).__name__, Shape.CIRCLE.__class__.__name__)
import copy
print(copy.copy(Status.ACTIVE) is Status.ACTIVE, copy.deepcopy([Status.ACTIVE])[0] is Status.ACTIVE)
print(f"{Pri.HIGH!s} {Pri.HIGH!r} {Status.ACTIVE!s:>10}")
class Http(IntEnum):
    OK = 200
    NOT_FOUND = 404
    @property
    def phrase(self): return self.name.replace('_', ' ').title()
print(Http(404).phrase, Http.OK == 200, Http.OK in [200], 404 == Http.NOT_FOUND, str(Http.OK), "%s" % Http.OK, "{}".format(Http.OK))
