import threading
from time import sleep

done = threading.Lock()
done.acquire()

def slow():
    sleep(1.0)
    done.release()

threading.Thread(target=slow).start()
done.acquire()
print("signalled")
