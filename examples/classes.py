# classes: inheritance, super(), properties, dunder methods


class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        raise NotImplementedError

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, area={self.area():.2f})"


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"

    @property
    def side(self):
        return self.w


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return 3.141592653589793 * self.r ** 2

    def __lt__(self, other):
        return self.area() < other.area()


shapes = [Rect(3, 4), Square(5), Circle(1.5)]
for s in shapes:
    print(s)
print(sorted(shapes, key=lambda s: s.area()))
print(Square(7).side, isinstance(Square(1), Rect), Square.__mro__[1].__name__)
print(Circle(1) < Circle(2))
