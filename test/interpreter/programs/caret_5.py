undefined_fn()   
