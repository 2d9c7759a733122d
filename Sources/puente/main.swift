print("puente")
