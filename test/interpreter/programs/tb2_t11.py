class P:
    @property
    def v(self):
        return self.w
P().v
