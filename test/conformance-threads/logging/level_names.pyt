# test logging: level names
import logging
print(logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL, logging.NOTSET)
print(logging.getLevelName(10), logging.getLevelName("ERROR"), logging.getLevelName(25))
print(logging.WARN == logging.WARNING, logging.FATAL == logging.CRITICAL)
