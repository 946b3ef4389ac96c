# test Real Python producer/consumer Pipeline with two locks
import random
import threading
import concurrent.futures
import logging

SENTINEL = object()

class Pipeline:
    def __init__(self):
        self.message = 0
        self.producer_lock = threading.Lock()
        self.consumer_lock = threading.Lock()
        self.consumer_lock.acquire()

    def get_message(self, name):
        self.consumer_lock.acquire()
        message = self.message
        self.producer_lock.release()
        return message

    def set_message(self, message, name):
        self.producer_lock.acquire()
        self.message = message
        self.consumer_lock.release()

received = []

def producer(pipeline):
    random.seed(42)
    for index in range(10):
        message = random.randint(1, 101)
        pipeline.set_message(message, "Producer")
    pipeline.set_message(SENTINEL, "Producer")

def consumer(pipeline):
    message = 0
    while message is not SENTINEL:
        message = pipeline.get_message("Consumer")
        if message is not SENTINEL:
            received.append(message)

if __name__ == "__main__":
    pipeline = Pipeline()
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as executor:
        executor.submit(producer, pipeline)
        executor.submit(consumer, pipeline)
    print("received:", received, sum(received))
