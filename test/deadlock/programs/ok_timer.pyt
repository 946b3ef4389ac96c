import threading

done = threading.Event()

def ring():
    print("ring")
    done.set()

t = threading.Timer(1.0, ring)
t.start()
done.wait()
t.join()
print("done")
