// Adds and removes achievement items in the section editor, keeping the field indexes contiguous so the server
// binds them as a list.
(function () {
  var items = document.getElementById('items');
  var template = document.getElementById('item-template');

  function renumber() {
    Array.prototype.forEach.call(items.querySelectorAll('.item'), function (item, index) {
      Array.prototype.forEach.call(item.querySelectorAll('[name^="achievements["]'), function (field) {
        field.name = field.name.replace(/^achievements\[[^\]]*\]/, 'achievements[' + index + ']');
        field.removeAttribute('id');
      });
    });
  }

  document.getElementById('add-item').addEventListener('click', function () {
    var index = items.querySelectorAll('.item').length;
    items.insertAdjacentHTML('beforeend', template.innerHTML.replace(/__index__/g, String(index)));
    items.lastElementChild.querySelector('select').focus();
  });

  items.addEventListener('click', function (event) {
    if (event.target.hasAttribute('data-remove-item')) {
      event.target.closest('.item').remove();
      renumber();
    }
  });

  if (items.querySelectorAll('.item').length === 0) {
    document.getElementById('add-item').click();
  }
})();
