def main():
    print("merge helpers live in the notebooks/ folder")


if __name__ == "__main__":
    main()
