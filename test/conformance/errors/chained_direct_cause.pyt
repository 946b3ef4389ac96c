# test explicit chaining with raise ... from ...
class ConfigError(Exception):
    pass

def read_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError("port must be a number") from e

read_port("eighty")
