# test logging: string level and style
import logging
logging.basicConfig(level="INFO", format="{levelname} - {message}", style="{")
logging.info("curly %s", "style")
logging.debug("not shown")
