# test cigarette smokers with an agent and Conditions
import threading, random
rng = random.Random(7)
ING = ["tobacco", "paper", "matches"]
cond = threading.Condition()
table = set()
done = False
smoked = {i: 0 for i in ING}
agent_turn = threading.Semaphore(1)
def smoker(has):
    global done
    need = set(ING) - {has}
    while True:
        with cond:
            cond.wait_for(lambda: done or table == need)
            if done and table != need:
                return
            table.clear()
            smoked[has] += 1
        agent_turn.release()
def agent(rounds):
    global done
    for _ in range(rounds):
        agent_turn.acquire()
        pair = set(rng.sample(ING, 2))
        with cond:
            table.update(pair)
            cond.notify_all()
    agent_turn.acquire()
    with cond:
        done = True
        cond.notify_all()
ss = [threading.Thread(target=smoker, args=(i,)) for i in ING]
for s in ss: s.start()
a = threading.Thread(target=agent, args=(30,)); a.start(); a.join()
for s in ss: s.join()
print(smoked, sum(smoked.values()))
